namespace Minix.Ipc;

/// <summary>
/// Result codes of IPC, kernel calls and server requests. <see cref="Ok"/> is zero; every failure is negative, so a
/// reply can carry it in <see cref="Message.Type"/>. The 1-99 range follows POSIX errno numbers, 200-299 MINIX's
/// own IPC codes, and 300 up the toolkit's: one distinct code for each reason a kernel call can be refused, so a
/// test or a student can tell exactly which check said no. <see cref="StatusInfo"/> gives each its name and text.
/// </summary>
public enum Status
{
    /// <summary>Success.</summary>
    Ok = 0,

    /// <summary>EPERM: operation not permitted.</summary>
    PermissionDenied = -1,

    /// <summary>ENOENT: no such entry.</summary>
    NotFound = -2,

    /// <summary>ESRCH: no such process.</summary>
    NoSuchProcess = -3,

    /// <summary>EINTR: interrupted.</summary>
    Interrupted = -4,

    /// <summary>EIO: input/output error.</summary>
    IoError = -5,

    /// <summary>ENXIO: no such device or address.</summary>
    NoSuchDevice = -6,

    /// <summary>E2BIG: argument or vector too long.</summary>
    TooBig = -7,

    /// <summary>ENOEXEC: not an executable this system can run.</summary>
    NotExecutable = -8,

    /// <summary>EBADF: not an open file descriptor.</summary>
    BadFileDescriptor = -9,

    /// <summary>ECHILD: no child process to wait for.</summary>
    NoChildren = -10,

    /// <summary>ENOMEM: out of memory.</summary>
    OutOfMemory = -12,

    /// <summary>EACCES: permission bits deny the access.</summary>
    AccessDenied = -13,

    /// <summary>EFAULT: bad address.</summary>
    BadAddress = -14,

    /// <summary>ENOTBLK: not a block device.</summary>
    NotBlockDevice = -15,

    /// <summary>EBUSY: resource busy.</summary>
    Busy = -16,

    /// <summary>EEXIST: already exists.</summary>
    AlreadyExists = -17,

    /// <summary>EXDEV: a link or rename across file systems.</summary>
    CrossDevice = -18,

    /// <summary>ENODEV: operation not supported by device.</summary>
    NotSupportedByDevice = -19,

    /// <summary>ENOTDIR: a path component is not a directory.</summary>
    NotDirectory = -20,

    /// <summary>EISDIR: the file is a directory.</summary>
    IsDirectory = -21,

    /// <summary>EINVAL: invalid argument.</summary>
    InvalidArgument = -22,

    /// <summary>ENFILE: the system's table of open files is full.</summary>
    TooManyOpenFilesInSystem = -23,

    /// <summary>EMFILE: the process has no free file descriptor.</summary>
    TooManyOpenFiles = -24,

    /// <summary>ENOTTY: not a terminal (or not this device's control request).</summary>
    NotTerminal = -25,

    /// <summary>ETXTBSY: the file is a running program's text.</summary>
    TextBusy = -26,

    /// <summary>EFBIG: the file would grow past its largest size.</summary>
    FileTooBig = -27,

    /// <summary>ENOSPC: no space left (table full).</summary>
    NoSpace = -28,

    /// <summary>ESPIPE: a seek on a pipe.</summary>
    IllegalSeek = -29,

    /// <summary>EROFS: the file system is mounted read-only.</summary>
    ReadOnlyFileSystem = -30,

    /// <summary>EMLINK: too many links to one file.</summary>
    TooManyLinks = -31,

    /// <summary>EPIPE: a write to a pipe no process reads.</summary>
    BrokenPipe = -32,

    /// <summary>ERANGE: a result does not fit.</summary>
    OutOfRange = -34,

    /// <summary>EAGAIN: try again later.</summary>
    TryAgain = -35,

    /// <summary>ETIMEDOUT: timed out.</summary>
    TimedOut = -60,

    /// <summary>ELOOP: indirect grants nested too deeply.</summary>
    TooDeep = -62,

    /// <summary>ENAMETOOLONG: a path or one of its names is too long.</summary>
    NameTooLong = -63,

    /// <summary>ENOTEMPTY: the directory is not empty.</summary>
    DirectoryNotEmpty = -66,

    /// <summary>ENOSYS: function not implemented.</summary>
    NotImplemented = -78,

    /// <summary>ERESTART: the service restarted; redo the request from the start.</summary>
    Restart = -200,

    /// <summary>ENOTREADY: the destination is not ready (SENDNB to a process that is not receiving).</summary>
    NotReady = -201,

    /// <summary>EDEADSRCDST: source or destination is dead, or names an old incarnation.</summary>
    DeadEndpoint = -202,

    /// <summary>EDONTREPLY: internal: the request must not be answered now.</summary>
    DontReply = -203,

    /// <summary>EGENERIC: generic failure.</summary>
    Generic = -204,

    /// <summary>ELOCKED: the send or receive would deadlock (a cycle of blocked processes).</summary>
    Deadlock = -208,

    /// <summary>EBADCALL: no such IPC primitive.</summary>
    BadCall = -209,

    /// <summary>ECALLDENIED: destination not in the send mask, or kernel call not in the call mask.</summary>
    CallDenied = -210,

    /// <summary>ETRAPDENIED: IPC primitive not allowed for this process, or not allowed towards a kernel task.</summary>
    TrapDenied = -211,

    /// <summary>EBADREQUEST: no such kernel call or request.</summary>
    BadRequest = -212,

    /// <summary>EBADEPT: not a valid endpoint.</summary>
    BadEndpoint = -216,

    /// <summary>EPORTDENIED: I/O port outside the caller's port ranges.</summary>
    PortNotAllowed = -300,

    /// <summary>EPORTALIGN: I/O port not aligned to the access size.</summary>
    PortMisaligned = -301,

    /// <summary>EIRQDENIED: IRQ line not in the caller's privileges, or hook owned by another process.</summary>
    IrqNotOwned = -302,

    /// <summary>EMEMDENIED: physical memory outside the caller's memory ranges.</summary>
    MemoryNotAllowed = -303,

    /// <summary>ENOTPRIVMGR: only a privilege manager (the reincarnation server) may change privileges.</summary>
    NotPrivilegeManager = -304,

    /// <summary>ESLOTRETIRED: the process slot has used all its endpoint generations; a new process there would get an endpoint an old one had.</summary>
    SlotRetired = -305,

    /// <summary>EGRANTNOTABLE: the granter has registered no grant table.</summary>
    GrantNoTable = -310,

    /// <summary>EGRANTID: the grant id is negative or outside the granter's table.</summary>
    GrantBadId = -311,

    /// <summary>EGRANTREVOKED: the grant is not in use, not valid, or was revoked (sequence number mismatch).</summary>
    GrantRevoked = -312,

    /// <summary>EGRANTEE: the grant was made to another process.</summary>
    GrantNotForCaller = -313,

    /// <summary>EGRANTRANGE: offset and length reach outside the granted memory.</summary>
    GrantOutOfRange = -314,

    /// <summary>EGRANTACCESS: the grant does not allow this direction (read or write).</summary>
    GrantWrongDirection = -315,

    /// <summary>EGRANTTYPE: the grant entry has an unknown kind.</summary>
    GrantBadKind = -316,
}
