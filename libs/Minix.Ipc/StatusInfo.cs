namespace Minix.Ipc;

/// <summary>The symbolic name (as in MINIX's errno.h) and a one-line explanation of each <see cref="Status"/>.</summary>
public static class StatusInfo
{
    /// <summary>The symbolic name, e.g. <c>ECALLDENIED</c>; <c>OK</c> for success, <c>E?</c> for an unknown code.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The name.</returns>
    public static string Name(Status status) => Describe(status).Name;

    /// <summary>A one-line explanation, e.g. "kernel call or destination not allowed".</summary>
    /// <param name="status">The status.</param>
    /// <returns>The explanation.</returns>
    public static string Message(Status status) => Describe(status).Text;

    /// <summary>True if <paramref name="status"/> is one of the codes <see cref="Status"/> defines.</summary>
    /// <param name="status">The status.</param>
    /// <returns>Whether it is known.</returns>
    public static bool IsDefined(Status status) => Describe(status).Name != UnknownName;

    private const string UnknownName = "E?";

    private static (string Name, string Text) Describe(Status status) => status switch
    {
        Status.Ok => ("OK", "success"),
        Status.PermissionDenied => ("EPERM", "operation not permitted"),
        Status.NotFound => ("ENOENT", "no such entry"),
        Status.NoSuchProcess => ("ESRCH", "no such process"),
        Status.Interrupted => ("EINTR", "interrupted"),
        Status.IoError => ("EIO", "input/output error"),
        Status.NoSuchDevice => ("ENXIO", "no such device or address"),
        Status.TooBig => ("E2BIG", "argument or vector too long"),
        Status.NotExecutable => ("ENOEXEC", "exec format error"),
        Status.BadFileDescriptor => ("EBADF", "bad file descriptor"),
        Status.NoChildren => ("ECHILD", "no child processes"),
        Status.OutOfMemory => ("ENOMEM", "out of memory"),
        Status.AccessDenied => ("EACCES", "permission denied"),
        Status.BadAddress => ("EFAULT", "bad address"),
        Status.NotBlockDevice => ("ENOTBLK", "block device required"),
        Status.Busy => ("EBUSY", "resource busy"),
        Status.AlreadyExists => ("EEXIST", "already exists"),
        Status.CrossDevice => ("EXDEV", "cross-device link"),
        Status.NotSupportedByDevice => ("ENODEV", "operation not supported by device"),
        Status.NotDirectory => ("ENOTDIR", "not a directory"),
        Status.IsDirectory => ("EISDIR", "is a directory"),
        Status.InvalidArgument => ("EINVAL", "invalid argument"),
        Status.TooManyOpenFilesInSystem => ("ENFILE", "too many open files in system"),
        Status.TooManyOpenFiles => ("EMFILE", "too many open files"),
        Status.NotTerminal => ("ENOTTY", "inappropriate ioctl for device"),
        Status.TextBusy => ("ETXTBSY", "text file busy"),
        Status.FileTooBig => ("EFBIG", "file too large"),
        Status.NoSpace => ("ENOSPC", "no space left in table"),
        Status.IllegalSeek => ("ESPIPE", "illegal seek"),
        Status.ReadOnlyFileSystem => ("EROFS", "read-only file system"),
        Status.TooManyLinks => ("EMLINK", "too many links"),
        Status.BrokenPipe => ("EPIPE", "broken pipe"),
        Status.OutOfRange => ("ERANGE", "result too large"),
        Status.TryAgain => ("EAGAIN", "try again later"),
        Status.TimedOut => ("ETIMEDOUT", "timed out"),
        Status.TooDeep => ("ELOOP", "indirect grants nested too deeply"),
        Status.NameTooLong => ("ENAMETOOLONG", "file name too long"),
        Status.DirectoryNotEmpty => ("ENOTEMPTY", "directory not empty"),
        Status.NotImplemented => ("ENOSYS", "function not implemented"),
        Status.Restart => ("ERESTART", "service restarted, redo the request"),
        Status.NotReady => ("ENOTREADY", "destination not ready"),
        Status.DeadEndpoint => ("EDEADSRCDST", "source or destination is dead"),
        Status.DontReply => ("EDONTREPLY", "request must not be answered now"),
        Status.Generic => ("EGENERIC", "generic failure"),
        Status.Deadlock => ("ELOCKED", "operation would deadlock"),
        Status.BadCall => ("EBADCALL", "no such IPC primitive"),
        Status.CallDenied => ("ECALLDENIED", "kernel call or destination not allowed"),
        Status.TrapDenied => ("ETRAPDENIED", "IPC primitive not allowed"),
        Status.BadRequest => ("EBADREQUEST", "no such kernel call or request"),
        Status.BadEndpoint => ("EBADEPT", "not a valid endpoint"),
        Status.PortNotAllowed => ("EPORTDENIED", "I/O port outside the caller's ranges"),
        Status.PortMisaligned => ("EPORTALIGN", "I/O port not aligned to the access size"),
        Status.IrqNotOwned => ("EIRQDENIED", "IRQ line not owned by the caller"),
        Status.MemoryNotAllowed => ("EMEMDENIED", "memory outside the caller's ranges"),
        Status.NotPrivilegeManager => ("ENOTPRIVMGR", "caller may not change privileges"),
        Status.SlotRetired => ("ESLOTRETIRED", "process slot has used all its endpoint generations"),
        Status.GrantNoTable => ("EGRANTNOTABLE", "granter has no grant table"),
        Status.GrantBadId => ("EGRANTID", "grant id outside the grant table"),
        Status.GrantRevoked => ("EGRANTREVOKED", "grant not valid or revoked"),
        Status.GrantNotForCaller => ("EGRANTEE", "grant made to another process"),
        Status.GrantOutOfRange => ("EGRANTRANGE", "copy outside the granted memory"),
        Status.GrantWrongDirection => ("EGRANTACCESS", "grant does not allow this direction"),
        Status.GrantBadKind => ("EGRANTTYPE", "unknown kind of grant"),
        _ => (UnknownName, "unknown status"),
    };
}
