using Minix.Ipc;

namespace Minix.Servers.Mfs;

// The inode and zone bitmaps: bit b is bit (b % 8) of byte (b / 8). Inode bit n is inode n; zone bit b is zone
// firstdatazone - 1 + b. Bit 0 of each is always set. Bits past the map's length are never handed out, whatever
// the map says, so a bitmap that promises more than exists cannot lead outside the device.
public sealed partial class Volume
{
    /// <summary>Allocates a data zone, searching from the last one allocated.</summary>
    /// <param name="zone">The zone.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.NoSpace"/> when every zone is used, or a device error.</returns>
    private Status AllocZone(out uint zone)
    {
        zone = 0;
        Status status = AllocBit(zoneMap: true, _zoneHint, out long bit);
        if (status != Status.Ok)
            return status;
        _zoneHint = bit;
        zone = (uint)(_super.FirstDataZone - 1 + bit);
        return Status.Ok;
    }

    /// <summary>Frees a data zone (a zone outside the data zones is reported, not freed).</summary>
    private void FreeZone(uint zone)
    {
        if (!IsDataZone(zone))
        {
            Complain(Status.IoError, "asked to free a zone outside the data zones:"u8, zone);
            return;
        }

        long bit = zone - (_super.FirstDataZone - 1);
        FreeBit(zoneMap: true, bit);
        if (bit < _zoneHint)
            _zoneHint = bit;
    }

    /// <summary>Allocates an inode number.</summary>
    private Status AllocInodeNumber(out uint inode)
    {
        inode = 0;
        Status status = AllocBit(zoneMap: false, _inodeHint, out long bit);
        if (status != Status.Ok)
            return status;
        _inodeHint = bit;
        inode = (uint)bit;
        return Status.Ok;
    }

    /// <summary>Whether <paramref name="zone"/> is a data zone of this file system.</summary>
    private bool IsDataZone(uint zone) => zone >= _super.FirstDataZone && zone < _super.Zones;

    private Status AllocBit(bool zoneMap, long hint, out long found)
    {
        found = 0;
        long bits = zoneMap ? _super.ZoneMapBits : _super.InodeMapBits;
        if (hint < 1 || hint >= bits)
            hint = 1;
        Status status = ScanBits(zoneMap, hint, bits, out found);
        if (status == Status.Ok && found == 0 && hint > 1)
            status = ScanBits(zoneMap, 1, hint, out found);
        if (status != Status.Ok)
            return status;
        return found == 0 ? Status.NoSpace : Status.Ok;
    }

    /// <summary>Finds, sets and returns the first clear bit in [from, to), or 0 if none.</summary>
    private Status ScanBits(bool zoneMap, long from, long to, out long found)
    {
        found = 0;
        BitmapGeometry maps = _super.Bitmaps;
        long bitsPerBlock = maps.BitsPerBlock, first = maps.MapStart(zoneMap);
        long bit = from;
        while (bit < to)
        {
            long block = bit / bitsPerBlock;
            Status status = _cache.Get(first + block, out int buffer);
            if (status != Status.Ok)
                return status;
            Span<byte> map = _cache.Data(buffer);
            long end = Math.Min(to, (block + 1) * bitsPerBlock);
            for (; bit < end; bit++)
            {
                int inBlock = (int)(bit - (block * bitsPerBlock));
                int mask = 1 << (inBlock & 7);
                byte b = map[inBlock >> 3];
                if (b == 0xFF && (inBlock & 7) == 0 && bit + 8 <= end)
                {
                    bit += 7;
                    continue;
                }

                if ((b & mask) == 0)
                {
                    map[inBlock >> 3] = (byte)(b | mask);
                    _cache.MarkDirty(buffer);
                    _cache.Put(buffer);
                    found = bit;
                    return Status.Ok;
                }
            }

            _cache.Put(buffer);
        }

        return Status.Ok;
    }

    private void FreeBit(bool zoneMap, long bit)
    {
        long bits = zoneMap ? _super.ZoneMapBits : _super.InodeMapBits;
        if (bit < 1 || bit >= bits)
            return;
        BitmapGeometry maps = _super.Bitmaps;
        long bitsPerBlock = maps.BitsPerBlock, first = maps.MapStart(zoneMap);
        if (_cache.Get(first + (bit / bitsPerBlock), out int buffer) != Status.Ok)
            return;
        int inBlock = (int)(bit % bitsPerBlock);
        Span<byte> map = _cache.Data(buffer);
        int mask = 1 << (inBlock & 7);
        if ((map[inBlock >> 3] & mask) == 0)
            Complain(Status.IoError, zoneMap ? "freeing a zone that was already free: bit"u8 : "freeing an inode that was already free:"u8, bit);
        map[inBlock >> 3] = (byte)(map[inBlock >> 3] & ~mask);
        _cache.MarkDirty(buffer);
        _cache.Put(buffer);
    }
}
