namespace Minix.Posix.Abi;

/// <summary>
/// The records getdents(2) fills a buffer with, as Linux's <c>linux_dirent64</c> (so <c>minix run</c> passes the host's
/// through unchanged): an 8-byte inode number, an 8-byte position to resume from, a 2-byte record length, a 1-byte
/// file type, then the name, NUL-terminated and padded so the next record starts 8-byte aligned.
/// </summary>
public static class DirectoryEntryLayout
{
    /// <summary>Offset of the inode number (u64).</summary>
    public const int InodeOffset = 0;

    /// <summary>Offset of the position of the next entry (i64), what lseek on the directory may return to.</summary>
    public const int NextOffset = 8;

    /// <summary>Offset of the record length (u16): where the next record starts.</summary>
    public const int LengthOffset = 16;

    /// <summary>Offset of the file type (u8, one of the DT_ values below).</summary>
    public const int TypeOffset = 18;

    /// <summary>Offset of the NUL-terminated name.</summary>
    public const int NameOffset = 19;

    /// <summary>DT_UNKNOWN: the type was not looked up.</summary>
    public const byte TypeUnknown = 0;

    /// <summary>DT_FIFO.</summary>
    public const byte TypeFifo = 1;

    /// <summary>DT_CHR.</summary>
    public const byte TypeCharacterDevice = 2;

    /// <summary>DT_DIR.</summary>
    public const byte TypeDirectory = 4;

    /// <summary>DT_BLK.</summary>
    public const byte TypeBlockDevice = 6;

    /// <summary>DT_REG.</summary>
    public const byte TypeRegular = 8;

    /// <summary>DT_LNK.</summary>
    public const byte TypeSymbolicLink = 10;

    /// <summary>The record length for a name of <paramref name="nameLength"/> bytes: header, name, NUL, padded to 8.</summary>
    /// <param name="nameLength">The name's length in bytes.</param>
    /// <returns>The record length.</returns>
    public static int RecordLength(int nameLength) => (NameOffset + nameLength + 1 + 7) & ~7;
}
