using System.Runtime.InteropServices;

namespace Minix.Posix.Abi;

/// <summary>
/// What statvfs(2) fills in for the file system holding a path: the program ABI's <c>struct statvfs</c>, 56 bytes.
/// Blocks are the file system's own (<see cref="BlockSize"/> bytes); on MFS a block is a zone and the totals count
/// every zone of the device, the boot block, superblock, bitmaps and inode table included, as MINIX counts them.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = Size)]
public struct FileSystemStatistics
{
    /// <summary>The size of the structure in bytes.</summary>
    public const int Size = 56;

    /// <summary>f_bsize and f_frsize: bytes per block.</summary>
    [FieldOffset(0)] public long BlockSize;

    /// <summary>f_blocks: the file system's size in blocks.</summary>
    [FieldOffset(8)] public long TotalBlocks;

    /// <summary>f_bfree: blocks not in use.</summary>
    [FieldOffset(16)] public long FreeBlocks;

    /// <summary>f_bavail: free blocks an ordinary user may take (MFS keeps none back for root: the same as <see cref="FreeBlocks"/>).</summary>
    [FieldOffset(24)] public long AvailableBlocks;

    /// <summary>f_files: inodes in all.</summary>
    [FieldOffset(32)] public long TotalInodes;

    /// <summary>f_ffree: inodes not in use.</summary>
    [FieldOffset(40)] public long FreeInodes;

    /// <summary>f_namemax: the longest file name.</summary>
    [FieldOffset(48)] public int NameMax;

    /// <summary>f_flag: <see cref="FileSystemFlags"/>.</summary>
    [FieldOffset(52)] public FileSystemFlags Flags;
}

/// <summary>The flags of <see cref="FileSystemStatistics.Flags"/>.</summary>
[Flags]
public enum FileSystemFlags
{
    /// <summary>Read and write.</summary>
    None = 0,

    /// <summary>ST_RDONLY: mounted read-only.</summary>
    ReadOnly = 1,
}
