namespace Minix.Servers.Mfs;

/// <summary>
/// Where the two bitmaps lie and how their bits fall into blocks: the inode bitmap from
/// <see cref="DiskFormat.BitmapStartBlock"/>, the zone bitmap right after it, the inode table after that, and
/// <see cref="BitsPerBlock"/> bits in each bitmap block. The one reckoning that <c>mkfs</c> (<see cref="Formatter"/>)
/// lays a file system out by, the superblock's check verifies, and the file server finds a bit with.
/// </summary>
public readonly struct BitmapGeometry
{
    /// <summary>The geometry of bitmaps of the given sizes.</summary>
    /// <param name="blockSize">Bytes per block.</param>
    /// <param name="inodeMapBlocks">Blocks of the inode bitmap (s_imap_blocks).</param>
    /// <param name="zoneMapBlocks">Blocks of the zone bitmap (s_zmap_blocks).</param>
    public BitmapGeometry(int blockSize, long inodeMapBlocks, long zoneMapBlocks)
    {
        BitsPerBlock = BitsIn(blockSize);
        InodeMapBlocks = inodeMapBlocks;
        ZoneMapBlocks = zoneMapBlocks;
    }

    /// <summary>Bits of a bitmap in one block: eight per byte.</summary>
    public long BitsPerBlock { get; }

    /// <summary>Blocks of the inode bitmap.</summary>
    public long InodeMapBlocks { get; }

    /// <summary>Blocks of the zone bitmap.</summary>
    public long ZoneMapBlocks { get; }

    /// <summary>The first block of the inode bitmap.</summary>
    public long InodeMapStart => DiskFormat.BitmapStartBlock;

    /// <summary>The first block of the zone bitmap, right after the inode bitmap.</summary>
    public long ZoneMapStart => InodeMapStart + InodeMapBlocks;

    /// <summary>The first block of the inode table, right after the zone bitmap.</summary>
    public long InodeTableStart => ZoneMapStart + ZoneMapBlocks;

    /// <summary>The first block of the zone bitmap or of the inode bitmap.</summary>
    /// <param name="zoneMap">True for the zone bitmap.</param>
    /// <returns>The block number.</returns>
    public long MapStart(bool zoneMap) => zoneMap ? ZoneMapStart : InodeMapStart;

    /// <summary>Blocks a bitmap of <paramref name="bits"/> bits fills.</summary>
    /// <param name="blockSize">Bytes per block.</param>
    /// <param name="bits">The bits the bitmap must hold.</param>
    /// <returns>The bits divided by the bits per block, rounded up.</returns>
    public static long BlocksFor(int blockSize, long bits) => (bits + BitsIn(blockSize) - 1) / BitsIn(blockSize);

    private static long BitsIn(int blockSize) => (long)blockSize * 8;
}
