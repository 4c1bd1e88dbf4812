using System.Runtime.InteropServices;
using Minix.Kernel.Grants;
using Minix.Posix.Abi;

namespace Minix.Posix;

// Files: open, read, write, seek, stat, truncate, close.
public static unsafe partial class Posix
{
    /// <summary>open(2): opens (with <see cref="OpenFlags.Create"/>, creates) a file.</summary>
    /// <param name="path">The path.</param>
    /// <param name="flags">Access mode and flags.</param>
    /// <param name="mode">Permission bits of a created file, before the umask.</param>
    /// <returns>The new descriptor (the lowest free one), or -errno.</returns>
    public static long Open(ReadOnlySpan<byte> path, OpenFlags flags, int mode = 0x1B6) => PathCall(FileSystemProtocol.Open, path, (int)flags, mode);

    /// <summary>creat(2): <c>open(path, O_WRONLY | O_CREAT | O_TRUNC, mode)</c>.</summary>
    /// <param name="path">The path.</param>
    /// <param name="mode">Permission bits, before the umask.</param>
    /// <returns>The descriptor, or -errno.</returns>
    public static long Create(ReadOnlySpan<byte> path, int mode = 0x1B6) => Open(path, OpenFlags.WriteOnly | OpenFlags.Create | OpenFlags.Truncate, mode);

    /// <summary>close(2).</summary>
    /// <param name="fd">The descriptor.</param>
    /// <returns>0, or -errno.</returns>
    public static long Close(int fd) => DescriptorCall(FileSystemProtocol.Close, fd);

    /// <summary>read(2): reads up to <paramref name="buffer"/>'s length.</summary>
    /// <param name="fd">The descriptor.</param>
    /// <param name="buffer">Where the bytes go.</param>
    /// <returns>Bytes read, 0 at the end of the file, or -errno.</returns>
    public static long Read(int fd, Span<byte> buffer)
    {
        fixed (byte* b = buffer)
            return DescriptorCall(FileSystemProtocol.Read, fd, b == null ? (byte*)1 : b, buffer.Length, GrantFlags.Write);
    }

    /// <summary>write(2).</summary>
    /// <param name="fd">The descriptor.</param>
    /// <param name="data">The bytes.</param>
    /// <returns>Bytes written, or -errno.</returns>
    public static long Write(int fd, ReadOnlySpan<byte> data)
    {
        fixed (byte* b = data)
            return DescriptorCall(FileSystemProtocol.Write, fd, b == null ? (byte*)1 : b, data.Length, GrantFlags.Read);
    }

    /// <summary>lseek(2).</summary>
    /// <param name="fd">The descriptor.</param>
    /// <param name="offset">The offset.</param>
    /// <param name="whence">From where.</param>
    /// <returns>The new position, or -errno.</returns>
    public static long Seek(int fd, long offset, SeekFrom whence) => DescriptorCall(FileSystemProtocol.Seek, fd, command: (int)whence, argument: offset);

    /// <summary>stat(2).</summary>
    /// <param name="path">The path.</param>
    /// <param name="status">The file's status.</param>
    /// <returns>0, or -errno.</returns>
    public static long Stat(ReadOnlySpan<byte> path, out FileStatus status)
    {
        status = default;
        fixed (FileStatus* s = &status)
            return PathCall(FileSystemProtocol.Stat, path, second: (byte*)s, secondLength: FileStatus.Size);
    }

    /// <summary>statvfs(2): the size and free space of the file system that holds <paramref name="path"/>.</summary>
    /// <param name="path">Any file on the file system.</param>
    /// <param name="statistics">The file system's blocks and inodes.</param>
    /// <returns>0, or -errno.</returns>
    public static long StatFileSystem(ReadOnlySpan<byte> path, out FileSystemStatistics statistics)
    {
        statistics = default;
        fixed (FileSystemStatistics* s = &statistics)
            return PathCall(FileSystemProtocol.StatFileSystem, path, second: (byte*)s, secondLength: FileSystemStatistics.Size);
    }

    /// <summary>fstat(2).</summary>
    /// <param name="fd">The descriptor.</param>
    /// <param name="status">The file's status.</param>
    /// <returns>0, or -errno.</returns>
    public static long FileStat(int fd, out FileStatus status)
    {
        status = default;
        fixed (FileStatus* s = &status)
            return DescriptorCall(FileSystemProtocol.FileStat, fd, (byte*)s, FileStatus.Size, GrantFlags.Write);
    }

    /// <summary>truncate(2).</summary>
    /// <param name="path">The path.</param>
    /// <param name="length">The new length.</param>
    /// <returns>0, or -errno.</returns>
    public static long Truncate(ReadOnlySpan<byte> path, long length) => PathCall(FileSystemProtocol.Truncate, path, number: length);

    /// <summary>ftruncate(2).</summary>
    /// <param name="fd">A descriptor open for writing.</param>
    /// <param name="length">The new length.</param>
    /// <returns>0, or -errno.</returns>
    public static long FileTruncate(int fd, long length) => DescriptorCall(FileSystemProtocol.FileTruncate, fd, argument: length);

    /// <summary>chmod(2).</summary>
    /// <param name="path">The path.</param>
    /// <param name="mode">Permission, set-id and sticky bits.</param>
    /// <returns>0, or -errno.</returns>
    public static long ChangeMode(ReadOnlySpan<byte> path, int mode) => PathCall(FileSystemProtocol.ChangeMode, path, mode: mode);

    /// <summary>utime(2) with times <c>NULL</c>: the file's access and modification times become now.</summary>
    /// <param name="path">The path.</param>
    /// <returns>0, or -errno (EACCES without write permission, EROFS on a read-only file system).</returns>
    public static long SetTimes(ReadOnlySpan<byte> path) => PathCall(FileSystemProtocol.SetTimes, path);

    /// <summary>utime(2): sets the file's access and modification times (its owner or root only).</summary>
    /// <param name="path">The path.</param>
    /// <param name="times">The times.</param>
    /// <returns>0, or -errno (EPERM for someone else's file, EROFS on a read-only file system).</returns>
    public static long SetTimes(ReadOnlySpan<byte> path, in FileTimes times)
    {
        FileTimes copy = times;
        return PathCall(FileSystemProtocol.SetTimes, path, second: (byte*)&copy, secondLength: FileTimes.Size, secondAccess: GrantFlags.Read);
    }

    /// <summary>umask(2).</summary>
    /// <param name="mask">The new mask.</param>
    /// <returns>The previous mask.</returns>
    public static long SetUmask(int mask) => DescriptorCall(FileSystemProtocol.SetUmask, -1, command: mask);

    /// <summary>sync(2): every file system's changes go to its device.</summary>
    /// <returns>0, or -errno.</returns>
    public static long Sync()
    {
        var m = new Minix.Ipc.Message(FileSystemProtocol.Sync);
        return CallFileSystem(ref m);
    }

    /// <summary>isatty(3).</summary>
    /// <param name="fd">The descriptor.</param>
    /// <returns>1 for a terminal, 0 otherwise, or -errno.</returns>
    public static long IsTerminal(int fd) => DescriptorCall(FileSystemProtocol.IsTerminal, fd);

    /// <summary>A <see cref="FileStatus"/> viewed as bytes (for programs that keep one in a buffer).</summary>
    /// <param name="status">The status.</param>
    /// <returns>Its 80 bytes.</returns>
    public static Span<byte> AsBytes(ref FileStatus status) => MemoryMarshal.AsBytes(MemoryMarshal.CreateSpan(ref status, 1));
}
