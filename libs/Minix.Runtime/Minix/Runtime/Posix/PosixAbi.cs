namespace Minix.Runtime.Posix;

/// <summary>
/// The program ABI's numbers the runtime uses, copied from Minix.Posix.Abi and Minix.Ipc.Status (the runtime is the
/// core library and cannot reference them; a test compares the copies with the originals).
/// </summary>
public static class PosixAbi
{
    /// <summary>O_RDONLY.</summary>
    public const int OpenReadOnly = 0x0;

    /// <summary>O_WRONLY.</summary>
    public const int OpenWriteOnly = 0x1;

    /// <summary>O_RDWR.</summary>
    public const int OpenReadWrite = 0x2;

    /// <summary>O_APPEND.</summary>
    public const int OpenAppend = 0x8;

    /// <summary>O_CREAT.</summary>
    public const int OpenCreate = 0x200;

    /// <summary>O_TRUNC.</summary>
    public const int OpenTruncate = 0x400;

    /// <summary>O_EXCL.</summary>
    public const int OpenExclusive = 0x800;

    /// <summary>O_DIRECTORY.</summary>
    public const int OpenDirectory = 0x200000;

    /// <summary>O_CLOEXEC.</summary>
    public const int OpenCloseOnExec = 0x400000;

    /// <summary>S_IFMT.</summary>
    public const int ModeTypeMask = 0xF000;

    /// <summary>S_IFDIR.</summary>
    public const int ModeDirectory = 0x4000;

    /// <summary>S_IFREG.</summary>
    public const int ModeRegular = 0x8000;

    /// <summary>The permission bits of a file the runtime creates (0666, before the umask).</summary>
    public const int ModeNewFile = 0x1B6;

    /// <summary>The permission bits of a directory the runtime creates (0777, before the umask).</summary>
    public const int ModeNewDirectory = 0x1FF;

    /// <summary>SEEK_SET.</summary>
    public const int SeekStart = 0;

    /// <summary>SEEK_CUR.</summary>
    public const int SeekCurrent = 1;

    /// <summary>SEEK_END.</summary>
    public const int SeekEnd = 2;

    /// <summary>The size of struct stat.</summary>
    public const int FileStatusSize = 80;

    /// <summary>Offset of a directory record's length (u16).</summary>
    public const int DirectoryEntryLengthOffset = 16;

    /// <summary>Offset of a directory record's file type (u8).</summary>
    public const int DirectoryEntryTypeOffset = 18;

    /// <summary>Offset of a directory record's NUL-terminated name.</summary>
    public const int DirectoryEntryNameOffset = 19;

    /// <summary>DT_DIR.</summary>
    public const byte DirectoryEntryDirectory = 4;

    /// <summary>DT_REG.</summary>
    public const byte DirectoryEntryRegular = 8;

    /// <summary>DT_LNK (followed, as .NET follows it).</summary>
    public const byte DirectoryEntrySymbolicLink = 10;

    /// <summary>DT_UNKNOWN.</summary>
    public const byte DirectoryEntryUnknown = 0;

    /// <summary>EPERM.</summary>
    public const int PermissionDenied = -1;

    /// <summary>ENOENT.</summary>
    public const int NotFound = -2;

    /// <summary>EINTR.</summary>
    public const int Interrupted = -4;

    /// <summary>EBADF.</summary>
    public const int BadFileDescriptor = -9;

    /// <summary>EACCES.</summary>
    public const int AccessDenied = -13;

    /// <summary>EEXIST.</summary>
    public const int AlreadyExists = -17;

    /// <summary>ENOTDIR.</summary>
    public const int NotDirectory = -20;

    /// <summary>EISDIR.</summary>
    public const int IsDirectory = -21;

    /// <summary>EINVAL.</summary>
    public const int InvalidArgument = -22;

    /// <summary>ENOSPC.</summary>
    public const int NoSpace = -28;

    /// <summary>ESPIPE.</summary>
    public const int IllegalSeek = -29;

    /// <summary>EROFS.</summary>
    public const int ReadOnlyFileSystem = -30;

    /// <summary>ERANGE.</summary>
    public const int OutOfRange = -34;

    /// <summary>EAGAIN.</summary>
    public const int TryAgain = -35;

    /// <summary>ENAMETOOLONG.</summary>
    public const int NameTooLong = -63;

    /// <summary>ENOTEMPTY.</summary>
    public const int DirectoryNotEmpty = -66;

    /// <summary>ENOSYS: what a target without the call answers.</summary>
    public const int NotImplemented = -78;
}
