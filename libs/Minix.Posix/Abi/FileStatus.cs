using System.Runtime.InteropServices;

namespace Minix.Posix.Abi;

/// <summary>
/// What stat(2) and fstat(2) fill in: the program ABI's <c>struct stat</c>, 80 bytes, the same on the image (the
/// virtual file system writes it) and in <c>minix run</c> (the Linux host converts its own to this).
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = Size)]
public struct FileStatus
{
    /// <summary>The size of the structure in bytes.</summary>
    public const int Size = 80;

    /// <summary>st_dev: the device the file system lives on.</summary>
    [FieldOffset(0)] public ulong Device;

    /// <summary>st_ino: the inode number.</summary>
    [FieldOffset(8)] public ulong Inode;

    /// <summary>st_mode: type and permission bits (<see cref="FileModeBits"/>).</summary>
    [FieldOffset(16)] public int Mode;

    /// <summary>st_nlink: the number of hard links.</summary>
    [FieldOffset(20)] public int Links;

    /// <summary>st_uid: the owner.</summary>
    [FieldOffset(24)] public int UserId;

    /// <summary>st_gid: the group.</summary>
    [FieldOffset(28)] public int GroupId;

    /// <summary>st_rdev: for a special file, the device it stands for (major &lt;&lt; 8 | minor).</summary>
    [FieldOffset(32)] public ulong SpecialDevice;

    /// <summary>st_size: the size in bytes.</summary>
    [FieldOffset(40)] public long SizeInBytes;

    /// <summary>st_atime: last access, seconds since 1970-01-01 UTC.</summary>
    [FieldOffset(48)] public long AccessTime;

    /// <summary>st_mtime: last modification, seconds since 1970-01-01 UTC.</summary>
    [FieldOffset(56)] public long ModifyTime;

    /// <summary>st_ctime: last status change, seconds since 1970-01-01 UTC.</summary>
    [FieldOffset(64)] public long ChangeTime;

    /// <summary>st_blksize: the file system's block size, the best unit for I/O.</summary>
    [FieldOffset(72)] public int BlockSize;

    /// <summary>st_blocks: 512-byte units allocated to the file.</summary>
    [FieldOffset(76)] public int Blocks;
}
