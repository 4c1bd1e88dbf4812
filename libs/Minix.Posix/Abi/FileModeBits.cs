namespace Minix.Posix.Abi;

/// <summary>
/// The mode word of a file (st_mode and the inode's i_mode on disk): the type in the top bits, then set-id and the
/// nine permission bits, with the classic octal values every Unix and MINIX's on-disk format share.
/// </summary>
public static class FileModeBits
{
    /// <summary>S_IFMT: the mask of the file type.</summary>
    public const int TypeMask = 0xF000; // 0170000

    /// <summary>S_IFIFO: a named pipe.</summary>
    public const int Fifo = 0x1000; // 0010000

    /// <summary>S_IFCHR: a character special file.</summary>
    public const int CharacterDevice = 0x2000; // 0020000

    /// <summary>S_IFDIR: a directory.</summary>
    public const int Directory = 0x4000; // 0040000

    /// <summary>S_IFBLK: a block special file.</summary>
    public const int BlockDevice = 0x6000; // 0060000

    /// <summary>S_IFREG: a regular file.</summary>
    public const int Regular = 0x8000; // 0100000

    /// <summary>S_IFLNK: a symbolic link.</summary>
    public const int SymbolicLink = 0xA000; // 0120000

    /// <summary>S_ISUID: set user id on exec.</summary>
    public const int SetUserId = 0x800; // 04000

    /// <summary>S_ISGID: set group id on exec.</summary>
    public const int SetGroupId = 0x400; // 02000

    /// <summary>S_ISVTX: the sticky bit.</summary>
    public const int Sticky = 0x200; // 01000

    /// <summary>The nine permission bits rwxrwxrwx (0777).</summary>
    public const int PermissionMask = 0x1FF;

    /// <summary>The file type of a mode word.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>One of the type constants.</returns>
    public static int TypeOf(int mode) => mode & TypeMask;
}
