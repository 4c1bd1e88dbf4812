using System;
using System.IO;

namespace Minix.Runtime.Posix;

/// <summary>
/// The program ABI's calls as System.IO uses them: strings in (converted to NUL-terminated UTF-8), results checked,
/// a failure turned into the exception .NET raises for the same errno on Unix, with its message.
/// </summary>
public static unsafe class PosixCalls
{
    /// <summary><paramref name="path"/> as NUL-terminated UTF-8.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="ArgumentException">The path holds a NUL character.</exception>
    public static byte[] PathBytes(string path)
    {
        if (path.IndexOf('\0') >= 0)
            throw new ArgumentException("Null character in path.", nameof(path));
        var bytes = new byte[Utf8Text.EncodedLength(path) + 1];
        Utf8Text.Encode(path, bytes);
        return bytes;
    }

    /// <summary>open(2).</summary>
    /// <param name="path">The path.</param>
    /// <param name="flags">Open flags (<see cref="PosixAbi"/>).</param>
    /// <param name="mode">Permission bits of a created file.</param>
    /// <returns>The descriptor or -errno.</returns>
    public static long Open(string path, int flags, int mode)
    {
        fixed (byte* p = PathBytes(path))
            return PlatformImports.Open(p, flags, mode);
    }

    /// <summary>stat(2) into <paramref name="status"/>.</summary>
    /// <param name="path">The path.</param>
    /// <param name="status">The result.</param>
    /// <returns>0 or -errno.</returns>
    internal static long Stat(string path, out FileStatusBuffer status)
    {
        FileStatusBuffer result = default;
        long error;
        fixed (byte* p = PathBytes(path))
            error = PlatformImports.Stat(p, &result);
        status = result;
        return error;
    }

    /// <summary>The type bits of <paramref name="path"/>'s mode, or 0 if it cannot be stat'ed.</summary>
    /// <param name="path">The path.</param>
    /// <returns>S_IFDIR, S_IFREG, ... or 0.</returns>
    public static int TypeOf(string path)
    {
        if (path.Length == 0 || path.IndexOf('\0') >= 0)
            return 0;
        return Stat(path, out var status) == 0 ? status.Mode & PosixAbi.ModeTypeMask : 0;
    }

    /// <summary>A path call (unlink, rmdir, chdir), checked.</summary>
    /// <param name="kind">0 unlink, 1 rmdir, 2 chdir, 3 mkdir.</param>
    /// <param name="path">The path.</param>
    /// <returns>0 or -errno.</returns>
    public static long PathCall(int kind, string path)
    {
        fixed (byte* p = PathBytes(path))
        {
            return kind switch
            {
                0 => PlatformImports.Unlink(p),
                1 => PlatformImports.RemoveDirectory(p),
                2 => PlatformImports.ChangeDirectory(p),
                _ => PlatformImports.MakeDirectory(p, PosixAbi.ModeNewDirectory),
            };
        }
    }

    /// <summary>rename(2).</summary>
    /// <param name="from">The old path.</param>
    /// <param name="to">The new path.</param>
    /// <returns>0 or -errno.</returns>
    public static long Rename(string from, string to)
    {
        fixed (byte* f = PathBytes(from))
        fixed (byte* t = PathBytes(to))
            return PlatformImports.Rename(f, t);
    }

    /// <summary>The current directory (getcwd), or "/" if the target cannot say.</summary>
    /// <returns>The absolute path.</returns>
    public static string CurrentDirectory()
    {
        for (int size = 256; size <= 1 << 16; size *= 2)
        {
            var buffer = new byte[size];
            long length;
            fixed (byte* p = buffer)
                length = PlatformImports.GetCurrentDirectory(p, size);
            if (length >= 0)
                return Utf8Text.Decode(new ReadOnlySpan<byte>(buffer, 0, (int)Math.Min(length, size)));
            if (length != PosixAbi.OutOfRange)
                return "/";
        }

        return "/";
    }

    /// <summary>Throws what .NET throws for <paramref name="result"/> if it is an error.</summary>
    /// <param name="result">A call's result.</param>
    /// <param name="path">The path the call was about (for the message), or null.</param>
    /// <param name="isDirectory">Whether a missing path is a missing directory.</param>
    /// <returns><paramref name="result"/>.</returns>
    public static long Check(long result, string path, bool isDirectory = false)
    {
        if (result < 0)
            throw ExceptionFor((int)result, path, isDirectory);
        return result;
    }

    /// <summary>The exception .NET raises on Unix for <paramref name="error"/> (a negative MINIX errno).</summary>
    /// <param name="error">The error.</param>
    /// <param name="path">The path, or null.</param>
    /// <param name="isDirectory">Whether a missing path is a missing directory.</param>
    /// <returns>The exception.</returns>
    public static Exception ExceptionFor(int error, string path, bool isDirectory)
    {
        bool named = !string.IsNullOrEmpty(path);
        switch (error)
        {
            case PosixAbi.NotFound:
                if (isDirectory || !named)
                    return new DirectoryNotFoundException(named ? "Could not find a part of the path '" + path + "'." : "Could not find a part of the path.");
                return new FileNotFoundException("Could not find file '" + path + "'.", path);
            case PosixAbi.AccessDenied:
            case PosixAbi.BadFileDescriptor:
            case PosixAbi.PermissionDenied:
                return new UnauthorizedAccessException(named ? "Access to the path '" + path + "' is denied." : "Access to the path is denied.");
            case PosixAbi.NameTooLong:
                return new PathTooLongException(named ? "The path '" + path + "' is too long, or a component of the specified path is too long." : "The specified file name or path is too long, or a component of the specified path is too long.");
            case PosixAbi.AlreadyExists:
                return new IOException(named ? "The file '" + path + "' already exists." : "The file already exists.");
            default:
                string message = Describe(error);
                return new IOException(named ? message + " : '" + path + "'" : message);
        }
    }

    /// <summary>The C library's text for an errno (glibc's wording, as .NET shows it on Linux).</summary>
    /// <param name="error">A negative MINIX errno.</param>
    /// <returns>The text.</returns>
    public static string Describe(int error) => error switch
    {
        PosixAbi.PermissionDenied => "Operation not permitted",
        PosixAbi.NotFound => "No such file or directory",
        PosixAbi.Interrupted => "Interrupted system call",
        -5 => "Input/output error",
        PosixAbi.BadFileDescriptor => "Bad file descriptor",
        PosixAbi.AccessDenied => "Permission denied",
        -16 => "Device or resource busy",
        PosixAbi.AlreadyExists => "File exists",
        -18 => "Invalid cross-device link",
        PosixAbi.NotDirectory => "Not a directory",
        PosixAbi.IsDirectory => "Is a directory",
        PosixAbi.InvalidArgument => "Invalid argument",
        -24 => "Too many open files",
        -25 => "Inappropriate ioctl for device",
        -27 => "File too large",
        PosixAbi.NoSpace => "No space left on device",
        PosixAbi.IllegalSeek => "Illegal seek",
        PosixAbi.ReadOnlyFileSystem => "Read-only file system",
        -32 => "Broken pipe",
        PosixAbi.OutOfRange => "Numerical result out of range",
        PosixAbi.TryAgain => "Resource temporarily unavailable",
        -62 => "Too many levels of symbolic links",
        PosixAbi.NameTooLong => "File name too long",
        PosixAbi.DirectoryNotEmpty => "Directory not empty",
        PosixAbi.NotImplemented => "Function not implemented",
        _ => "Unknown error " + (-error),
    };
}
