using System.Numerics;
using Minix.Ipc;
using Minix.Posix.Abi;

namespace Minix.Servers.Mfs;

// statvfs: the totals from the superblock, the free counts from the bitmaps (MINIX counts them the same way, on demand,
// rather than keeping counters that a crash could leave wrong).
public sealed partial class Volume
{
    /// <summary>The file system's size and free space in zones and inodes.</summary>
    /// <param name="statistics">The figures.</param>
    /// <returns><see cref="Status.Ok"/>, or a device error reading a bitmap.</returns>
    public Status StatFileSystem(out FileSystemStatistics statistics)
    {
        statistics = default;
        Status status = CountClearBits(zoneMap: true, out long freeZones);
        if (status != Status.Ok)
            return status;
        status = CountClearBits(zoneMap: false, out long freeInodes);
        if (status != Status.Ok)
            return status;
        statistics.BlockSize = _super.BlockSize;
        statistics.TotalBlocks = _super.Zones;
        statistics.FreeBlocks = statistics.AvailableBlocks = freeZones;
        statistics.TotalInodes = _super.Inodes;
        statistics.FreeInodes = freeInodes;
        statistics.NameMax = DiskFormat.NameLength;
        statistics.Flags = _readOnly ? FileSystemFlags.ReadOnly : FileSystemFlags.None;
        return Status.Ok;
    }

    /// <summary>Clear bits among the map's valid ones (bit 0 is never free); bits past them do not count, whatever they say.</summary>
    private Status CountClearBits(bool zoneMap, out long free)
    {
        free = 0;
        long bits = zoneMap ? _super.ZoneMapBits : _super.InodeMapBits;
        BitmapGeometry maps = _super.Bitmaps;
        long bitsPerBlock = maps.BitsPerBlock, first = maps.MapStart(zoneMap);
        for (long block = 0; block * bitsPerBlock < bits; block++)
        {
            Status status = _cache.Get(first + block, out int buffer);
            if (status != Status.Ok)
                return status;
            ReadOnlySpan<byte> map = _cache.Data(buffer);
            long count = Math.Min(bitsPerBlock, bits - block * bitsPerBlock);
            int whole = (int)(count / 8);
            for (int i = 0; i < whole; i++)
                free += 8 - BitOperations.PopCount(map[i]);
            for (int bit = whole * 8; bit < count; bit++)
                free += (map[bit >> 3] >> (bit & 7)) & 1 ^ 1;
            if (block == 0 && (map[0] & 1) == 0)
                free--;
            _cache.Put(buffer);
        }

        return Status.Ok;
    }
}
