using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Minix.Servers.Mfs;

/// <summary>
/// An inode as it lies in the inode table: 64 bytes, little-endian (MINIX's <c>d2_inode</c>, util-linux's
/// <c>minix2_inode</c>). A free inode has mode 0. A character or block special file keeps its device number in
/// <see cref="Zones"/>[0].
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = DiskFormat.InodeSize)]
public struct DiskInode
{
    /// <summary>i_mode: type and permission bits.</summary>
    [FieldOffset(0)] public ushort Mode;

    /// <summary>i_nlinks: directory entries that name the inode.</summary>
    [FieldOffset(2)] public ushort Links;

    /// <summary>i_uid: the owner.</summary>
    [FieldOffset(4)] public ushort UserId;

    /// <summary>i_gid: the group.</summary>
    [FieldOffset(6)] public ushort GroupId;

    /// <summary>i_size: bytes.</summary>
    [FieldOffset(8)] public int Size;

    /// <summary>i_atime: last access, seconds since 1970.</summary>
    [FieldOffset(12)] public int AccessTime;

    /// <summary>i_mtime: last change of the contents.</summary>
    [FieldOffset(16)] public int ModifyTime;

    /// <summary>i_ctime: last change of the inode.</summary>
    [FieldOffset(20)] public int ChangeTime;

    /// <summary>i_zone[10]: 7 direct zones, then single, double and triple indirect.</summary>
    [FieldOffset(24)] public ZoneNumbers Zones;

    /// <summary>The file type bits of <see cref="Mode"/>.</summary>
    public readonly int Type => Mode & 0xF000;

    /// <summary>Whether the inode is a directory.</summary>
    public readonly bool IsDirectory => Type == 0x4000;

    /// <summary>Whether the inode is a regular file.</summary>
    public readonly bool IsRegular => Type == 0x8000;

    /// <summary>Whether the inode is a character or block special file (its device number is in zone 0).</summary>
    public readonly bool IsDevice => Type == 0x2000 || Type == 0x6000;

    /// <summary>Whether the inode's zones hold data (a regular file, a directory or a symbolic link), not a device number.</summary>
    public readonly bool HasData => Type == 0x8000 || Type == 0x4000 || Type == 0xA000;
}

/// <summary>The ten zone numbers of an inode.</summary>
[InlineArray(DiskFormat.ZonesPerInode)]
public struct ZoneNumbers
{
    private uint _element0;
}
