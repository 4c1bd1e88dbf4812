namespace Minix.Servers.Mfs;

/// <summary>
/// The fixed numbers of the MINIX v3 file system on disk, the same for util-linux's <c>mkfs.minix -3</c>, Linux's
/// <c>fs/minix</c> and MINIX's MFS. Everything is little-endian; the layout in blocks of the superblock's block
/// size is: boot block(s), the superblock at byte 1024, the inode bitmap from block 2, the zone bitmap, the inode
/// table, then data zones.
/// </summary>
public static class DiskFormat
{
    /// <summary>The superblock's magic number (s_magic) for version 3.</summary>
    public const ushort Magic = 0x4D5A;

    /// <summary>Version 1's magic (14-character names); refused with a message that names it.</summary>
    public const ushort MagicV1 = 0x137F;

    /// <summary>Version 1's magic with 30-character names.</summary>
    public const ushort MagicV1Long = 0x138F;

    /// <summary>Version 2's magic.</summary>
    public const ushort MagicV2 = 0x2468;

    /// <summary>Version 2's magic with 30-character names.</summary>
    public const ushort MagicV2Long = 0x2478;

    /// <summary>The superblock's byte offset on the device, whatever the block size.</summary>
    public const int SuperBlockOffset = 1024;

    /// <summary>Bytes of the superblock that exist on disk (up to and including s_disk_version).</summary>
    public const int SuperBlockBytes = 31;

    /// <summary>The block the inode bitmap starts in (in blocks of the file system's size, whatever it is).</summary>
    public const int BitmapStartBlock = 2;

    /// <summary>The smallest block size we mount (util-linux's only size).</summary>
    public const int MinBlockSize = 1024;

    /// <summary>The largest block size we mount: s_block_size is 16 bits, and the buffer cache holds whole blocks.</summary>
    public const int MaxBlockSize = 32768;

    /// <summary>Bytes of an inode on disk.</summary>
    public const int InodeSize = 64;

    /// <summary>Bytes of a directory entry: a 4-byte inode number and the name.</summary>
    public const int DirectoryEntrySize = 64;

    /// <summary>The longest name: 60 bytes, NUL-padded, with no terminator when all 60 are used.</summary>
    public const int NameLength = 60;

    /// <summary>The root directory's inode number.</summary>
    public const int RootInode = 1;

    /// <summary>Zone numbers in an inode: 7 direct, then single, double and triple indirect.</summary>
    public const int ZonesPerInode = 10;

    /// <summary>Direct zones in an inode.</summary>
    public const int DirectZones = 7;

    /// <summary>The index of the single-indirect zone in an inode.</summary>
    public const int SingleIndirect = 7;

    /// <summary>The index of the double-indirect zone.</summary>
    public const int DoubleIndirect = 8;

    /// <summary>
    /// The index of the triple-indirect zone. MINIX never uses it; Linux and <c>fsck.minix</c> do, so we read and
    /// write it as they do (see the Mfs README).
    /// </summary>
    public const int TripleIndirect = 9;

    /// <summary>Bytes of a zone number in an indirect block.</summary>
    public const int ZoneNumberSize = 4;

    /// <summary>s_flags bit 0: the file system was unmounted cleanly (MINIX's MFSFLAG_CLEAN; util-linux writes 0).</summary>
    public const ushort CleanFlag = 0x0001;

    /// <summary>s_flags bits that name features a reader must understand; we know none, so any set bit refuses the mount.</summary>
    public const ushort MandatoryFeatureMask = 0xFF00;

    /// <summary>The largest file size a 32-bit signed i_size can describe.</summary>
    public const int MaxFileSize = int.MaxValue;

    /// <summary>The most links an inode may have (MINIX's and NetBSD's LINK_MAX).</summary>
    public const int MaxLinks = short.MaxValue;

    /// <summary>Inodes in one block.</summary>
    /// <param name="blockSize">The block size.</param>
    /// <returns>blockSize / 64.</returns>
    public static int InodesPerBlock(int blockSize) => blockSize / InodeSize;

    /// <summary>Zone numbers in one indirect block.</summary>
    /// <param name="blockSize">The block size.</param>
    /// <returns>blockSize / 4.</returns>
    public static int ZonesPerIndirect(int blockSize) => blockSize / ZoneNumberSize;

    /// <summary>Whether <paramref name="blockSize"/> is one we mount: a power of two from 1 KiB to 32 KiB.</summary>
    /// <param name="blockSize">A block size.</param>
    /// <returns>True if supported.</returns>
    public static bool IsSupportedBlockSize(int blockSize) =>
        blockSize >= MinBlockSize && blockSize <= MaxBlockSize && (blockSize & (blockSize - 1)) == 0;

    /// <summary>
    /// The largest file the zone map of one inode can address (7 direct, single, double and triple indirect),
    /// capped at what i_size can hold.
    /// </summary>
    /// <param name="blockSize">The block size.</param>
    /// <returns>Bytes.</returns>
    public static long MapLimit(int blockSize)
    {
        long n = ZonesPerIndirect(blockSize);
        long blocks = DirectZones + n + (n * n) + (n * n * n);
        long bytes = blocks * blockSize;
        return bytes > MaxFileSize ? MaxFileSize : bytes;
    }
}
