using Minix.Ipc;

namespace Minix.Commands.Libc;

/// <summary>
/// strerror(3) with glibc's texts, so a command's messages read as GNU coreutils' do ("No such file or directory");
/// <see cref="StatusInfo"/>'s texts are MINIX's own and shorter.
/// </summary>
public static class ErrorText
{
    /// <summary>The text of <paramref name="error"/>, a negative status (-errno) or the status itself.</summary>
    /// <param name="error">-errno, as the system calls return it.</param>
    /// <returns>glibc's text, or "Unknown error N".</returns>
    public static string Of(long error) => (Status)(error > 0 ? -error : error) switch
    {
        Status.PermissionDenied => "Operation not permitted",
        Status.NotFound => "No such file or directory",
        Status.NoSuchProcess => "No such process",
        Status.Interrupted => "Interrupted system call",
        Status.IoError => "Input/output error",
        Status.NoSuchDevice => "No such device or address",
        Status.TooBig => "Argument list too long",
        Status.NotExecutable => "Exec format error",
        Status.BadFileDescriptor => "Bad file descriptor",
        Status.NoChildren => "No child processes",
        Status.OutOfMemory => "Cannot allocate memory",
        Status.AccessDenied => "Permission denied",
        Status.BadAddress => "Bad address",
        Status.NotBlockDevice => "Block device required",
        Status.Busy => "Device or resource busy",
        Status.AlreadyExists => "File exists",
        Status.CrossDevice => "Invalid cross-device link",
        Status.NotSupportedByDevice => "No such device",
        Status.NotDirectory => "Not a directory",
        Status.IsDirectory => "Is a directory",
        Status.InvalidArgument => "Invalid argument",
        Status.TooManyOpenFilesInSystem => "Too many open files in system",
        Status.TooManyOpenFiles => "Too many open files",
        Status.NotTerminal => "Inappropriate ioctl for device",
        Status.TextBusy => "Text file busy",
        Status.FileTooBig => "File too large",
        Status.NoSpace => "No space left on device",
        Status.IllegalSeek => "Illegal seek",
        Status.ReadOnlyFileSystem => "Read-only file system",
        Status.TooManyLinks => "Too many links",
        Status.BrokenPipe => "Broken pipe",
        Status.OutOfRange => "Numerical result out of range",
        Status.TryAgain => "Resource temporarily unavailable",
        Status.TimedOut => "Connection timed out",
        Status.TooDeep => "Too many levels of symbolic links",
        Status.NameTooLong => "File name too long",
        Status.DirectoryNotEmpty => "Directory not empty",
        Status.NotImplemented => "Function not implemented",
        _ => "Unknown error " + (error > 0 ? error : -error),
    };
}
