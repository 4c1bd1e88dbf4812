namespace Minix.Posix.Abi;

/// <summary>
/// The flags of open(2) and fcntl(F_GETFL/F_SETFL), with MINIX's (NetBSD's) values. They are the program ABI: the
/// runtime's <c>minix_sys_open</c> passes them unchanged to the virtual file system.
/// </summary>
[Flags]
public enum OpenFlags
{
    /// <summary>O_RDONLY: open for reading only.</summary>
    ReadOnly = 0x0,

    /// <summary>O_WRONLY: open for writing only.</summary>
    WriteOnly = 0x1,

    /// <summary>O_RDWR: open for reading and writing.</summary>
    ReadWrite = 0x2,

    /// <summary>O_ACCMODE: the mask of the three access modes above.</summary>
    AccessMode = 0x3,

    /// <summary>O_NONBLOCK: reads and writes that would block fail with EAGAIN instead.</summary>
    NonBlocking = 0x4,

    /// <summary>O_APPEND: every write goes to the end of the file.</summary>
    Append = 0x8,

    /// <summary>O_CREAT: create the file if it does not exist.</summary>
    Create = 0x200,

    /// <summary>O_TRUNC: truncate a regular file to length 0.</summary>
    Truncate = 0x400,

    /// <summary>O_EXCL: with <see cref="Create"/>, fail with EEXIST if the file exists.</summary>
    Exclusive = 0x800,

    /// <summary>O_NOCTTY: opening a terminal does not make it the controlling terminal.</summary>
    NoControllingTerminal = 0x8000,

    /// <summary>O_DIRECTORY: fail with ENOTDIR unless the path names a directory.</summary>
    Directory = 0x200000,

    /// <summary>O_CLOEXEC: the new descriptor is closed by a successful exec (FD_CLOEXEC).</summary>
    CloseOnExec = 0x400000,
}
