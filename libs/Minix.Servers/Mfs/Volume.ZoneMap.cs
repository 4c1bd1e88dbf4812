using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Servers.Mfs;

// The zone map of a file: which zone holds its block number n. Seven direct zones, then a single-, a double- and a
// triple-indirect tree (zone[7], zone[8], zone[9]), each indirect block holding block_size / 4 zone numbers. Every
// zone number read from disk is checked to be a data zone before it is followed.
public sealed partial class Volume
{
    /// <summary>
    /// The zone of the file's block <paramref name="index"/>, 0 for a hole. With <paramref name="allocate"/>, a hole
    /// (and any indirect block on the way) is filled with a new zone, and <paramref name="fresh"/> says so: its
    /// contents are undefined and the caller must overwrite or zero it.
    /// </summary>
    private Status MapBlock(int slot, long index, bool allocate, out uint zone, out bool fresh)
    {
        zone = 0;
        fresh = false;
        ref DiskInode node = ref _inodes.Disk[slot];
        if (index < 0)
            return Status.InvalidArgument;
        if (index < DiskFormat.DirectZones)
        {
            zone = node.Zones[(int)index];
            if (zone != 0 && !IsDataZone(zone))
                return BadZone(slot, zone);
            if (zone != 0 || !allocate)
                return Status.Ok;
            Status made = AllocZone(out zone);
            if (made != Status.Ok)
                return made;
            node.Zones[(int)index] = zone;
            Changed(slot);
            fresh = true;
            return Status.Ok;
        }

        long n = DiskFormat.ZonesPerIndirect(_super.BlockSize);
        long rest = index - DiskFormat.DirectZones;
        int root = DiskFormat.SingleIndirect;
        int depth = 1;
        long span = n;
        while (rest >= span)
        {
            rest -= span;
            root++;
            depth++;
            if (root > DiskFormat.TripleIndirect)
                return allocate ? Status.FileTooBig : Status.Ok;
            span *= n;
        }

        uint current = node.Zones[root];
        if (current == 0)
        {
            if (!allocate)
                return Status.Ok;
            Status made = NewIndirect(out current);
            if (made != Status.Ok)
                return made;
            node.Zones[root] = current;
            Changed(slot);
        }
        else if (!IsDataZone(current))
        {
            return BadZone(slot, current);
        }

        for (int level = depth; level > 0; level--)
        {
            span /= n;
            int entry = (int)(rest / span);
            rest %= span;
            Status status = _cache.Get(current, out int buffer);
            if (status != Status.Ok)
                return status;
            Span<byte> bytes = _cache.Data(buffer).Slice(entry * DiskFormat.ZoneNumberSize, DiskFormat.ZoneNumberSize);
            uint next = MemoryMarshal.Read<uint>(bytes);
            if (next != 0 && !IsDataZone(next))
            {
                _cache.Put(buffer);
                return BadZone(slot, next);
            }

            if (next == 0 && allocate)
            {
                status = level == 1 ? AllocZone(out next) : NewIndirect(out next);
                if (status != Status.Ok)
                {
                    _cache.Put(buffer);
                    return status;
                }

                MemoryMarshal.Write(bytes, next);
                _cache.MarkDirty(buffer);
                fresh = level == 1;
            }

            _cache.Put(buffer);
            if (next == 0)
                return Status.Ok;
            current = next;
        }

        zone = current;
        return Status.Ok;
    }

    /// <summary>Allocates a zone for an indirect block and fills it with zeros (no zone numbers yet).</summary>
    private Status NewIndirect(out uint zone)
    {
        Status status = AllocZone(out zone);
        if (status != Status.Ok)
            return status;
        status = _cache.GetForOverwrite(zone, out int buffer);
        if (status != Status.Ok)
            return status;
        _cache.Data(buffer).Clear();
        _cache.MarkDirty(buffer);
        _cache.Put(buffer);
        return Status.Ok;
    }

    /// <summary>Frees every block of the file from block <paramref name="from"/> on, and indirect blocks left empty.</summary>
    private void FreeContents(int slot, long from)
    {
        ref DiskInode node = ref _inodes.Disk[slot];
        if (!node.HasData)
            return;
        for (int i = (int)Math.Min(from, DiskFormat.DirectZones); i < DiskFormat.DirectZones; i++)
        {
            uint zone = node.Zones[i];
            if (zone == 0)
                continue;
            if (IsDataZone(zone))
                FreeZone(zone);
            else
                BadZone(slot, zone);
            node.Zones[i] = 0;
            Changed(slot);
        }

        long n = DiskFormat.ZonesPerIndirect(_super.BlockSize);
        long first = DiskFormat.DirectZones;
        long span = n;
        for (int root = DiskFormat.SingleIndirect; root <= DiskFormat.TripleIndirect; root++)
        {
            if (node.Zones[root] != 0 && first + span > from && FreeTree(slot, node.Zones[root], root - DiskFormat.SingleIndirect + 1, first, from))
            {
                _inodes.Disk[slot].Zones[root] = 0;
                Changed(slot);
            }

            first += span;
            span *= n;
        }
    }

    /// <summary>Frees the blocks from <paramref name="from"/> on in the tree at <paramref name="zone"/> (depth levels of indirection, covering blocks from <paramref name="first"/>); true if the whole tree is gone.</summary>
    private bool FreeTree(int slot, uint zone, int depth, long first, long from)
    {
        if (!IsDataZone(zone))
        {
            BadZone(slot, zone);
            return true;
        }

        if (depth == 0)
        {
            if (first < from)
                return false;
            FreeZone(zone);
            return true;
        }

        long n = DiskFormat.ZonesPerIndirect(_super.BlockSize);
        long span = 1;
        for (int i = 1; i < depth; i++)
            span *= n;
        if (_cache.Get(zone, out int buffer) != Status.Ok)
            return false;
        bool empty = true;
        for (int i = 0; i < n; i++)
        {
            Span<byte> bytes = _cache.Data(buffer).Slice(i * DiskFormat.ZoneNumberSize, DiskFormat.ZoneNumberSize);
            uint child = MemoryMarshal.Read<uint>(bytes);
            if (child == 0)
                continue;
            long childFirst = first + (i * span);
            if (childFirst + span <= from || !FreeTree(slot, child, depth - 1, childFirst, from))
            {
                empty = false;
                continue;
            }

            MemoryMarshal.Write(bytes, 0u);
            _cache.MarkDirty(buffer);
        }

        _cache.Put(buffer);
        if (empty)
            FreeZone(zone);
        return empty;
    }

    private Status BadZone(int slot, uint zone)
    {
        var line = new Minix.DriverKit.LogText(_problem);
        line.Append("inode "u8).Append(_inodes.Number[slot]).Append(" names zone "u8).Append(zone).Append(", outside the data zones"u8);
        _problemLength = line.Text.Length;
        return Status.IoError;
    }
}
