using Minix.Ipc;

namespace Minix.Commands.Libc;

/// <summary>Linux's errno numbers as MINIX's statuses, so a command sees the same error on the host as on the image.</summary>
internal static class LinuxErrors
{
    /// <summary>-errno as MINIX numbers it.</summary>
    /// <param name="errno">Linux's errno.</param>
    /// <returns>The negative status.</returns>
    public static long ToStatus(int errno) => (long)(errno switch
    {
        1 => Status.PermissionDenied,
        2 => Status.NotFound,
        3 => Status.NoSuchProcess,
        4 => Status.Interrupted,
        5 => Status.IoError,
        6 => Status.NoSuchDevice,
        7 => Status.TooBig,
        8 => Status.NotExecutable,
        9 => Status.BadFileDescriptor,
        10 => Status.NoChildren,
        11 => Status.TryAgain,
        12 => Status.OutOfMemory,
        13 => Status.AccessDenied,
        14 => Status.BadAddress,
        15 => Status.NotBlockDevice,
        16 => Status.Busy,
        17 => Status.AlreadyExists,
        18 => Status.CrossDevice,
        19 => Status.NotSupportedByDevice,
        20 => Status.NotDirectory,
        21 => Status.IsDirectory,
        22 => Status.InvalidArgument,
        23 => Status.TooManyOpenFilesInSystem,
        24 => Status.TooManyOpenFiles,
        25 => Status.NotTerminal,
        26 => Status.TextBusy,
        27 => Status.FileTooBig,
        28 => Status.NoSpace,
        29 => Status.IllegalSeek,
        30 => Status.ReadOnlyFileSystem,
        31 => Status.TooManyLinks,
        32 => Status.BrokenPipe,
        34 => Status.OutOfRange,
        36 => Status.NameTooLong,
        38 => Status.NotImplemented,
        39 => Status.DirectoryNotEmpty,
        40 => Status.TooDeep,
        110 => Status.TimedOut,
        _ => Status.InvalidArgument,
    });
}
