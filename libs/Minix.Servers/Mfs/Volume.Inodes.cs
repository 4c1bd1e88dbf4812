using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Servers.Mfs;

// Inodes in memory: loading them from the inode table, holding and releasing them, writing them back.
public sealed partial class Volume
{
    /// <summary>The disk copy of the inode in <paramref name="slot"/> (see <see cref="GetInode"/>).</summary>
    /// <param name="slot">A held slot.</param>
    /// <returns>The inode, by reference.</returns>
    public ref DiskInode Node(int slot) => ref _inodes.Disk[slot];

    /// <summary>The inode number in <paramref name="slot"/>.</summary>
    /// <param name="slot">A held slot.</param>
    /// <returns>The number.</returns>
    public uint NumberOf(int slot) => _inodes.Number[slot];

    /// <summary>Holds inode <paramref name="inode"/> in memory (loading it if needed) and counts one more holder.</summary>
    /// <param name="inode">The inode number.</param>
    /// <param name="slot">Its slot, for <see cref="Node"/>.</param>
    /// <returns><see cref="Status.Ok"/>; <see cref="Status.IoError"/> for a number outside the inode table or a read
    /// error; <see cref="Status.TooManyOpenFilesInSystem"/> when every slot is held.</returns>
    public Status GetInode(uint inode, out int slot)
    {
        slot = -1;
        if (!_mounted)
            return Status.InvalidArgument;
        if (inode < 1 || inode > _super.Inodes)
            return Complain(Status.IoError, "inode number outside the inode table:"u8, inode);
        slot = _inodes.Find(inode);
        if (slot >= 0)
        {
            _inodes.Count[slot]++;
            return Status.Ok;
        }

        slot = _inodes.Victim();
        if (slot < 0)
            return Status.TooManyOpenFilesInSystem;
        if (_inodes.Number[slot] != 0 && _inodes.Dirty[slot])
        {
            Status stored = StoreInode(slot);
            if (stored != Status.Ok)
            {
                slot = -1;
                return stored;
            }
        }

        _inodes.Number[slot] = 0;
        Status status = InodeBlock(inode, out long block, out int offset);
        int buffer = -1;
        if (status == Status.Ok)
            status = _cache.Get(block, out buffer);
        if (status != Status.Ok)
        {
            slot = -1;
            return status;
        }

        _inodes.Disk[slot] = MemoryMarshal.Read<DiskInode>(_cache.Data(buffer).Slice(offset, DiskFormat.InodeSize));
        _cache.Put(buffer);
        _inodes.Number[slot] = inode;
        _inodes.Count[slot] = 1;
        _inodes.Dirty[slot] = false;
        _inodes.LastFree[slot] = 0;
        return Status.Ok;
    }

    /// <summary>Gives back <paramref name="count"/> holds on inode <paramref name="inode"/> (VFS's PUTNODE). The last one frees an inode with no links left.</summary>
    /// <param name="inode">The inode number.</param>
    /// <param name="count">How many holds.</param>
    /// <returns><see cref="Status.Ok"/>, or <see cref="Status.InvalidArgument"/> if it is not held that often.</returns>
    public Status PutInode(uint inode, int count = 1)
    {
        int slot = _inodes.Find(inode);
        if (slot < 0 || count < 1 || _inodes.Count[slot] < count)
            return Status.InvalidArgument;
        _inodes.Count[slot] -= count - 1;
        PutSlot(slot);
        return Status.Ok;
    }

    /// <summary>Releases one hold on a slot; the last release frees the inode if nothing links to it, else writes it back if it changed.</summary>
    internal void PutSlot(int slot)
    {
        if (slot < 0 || _inodes.Count[slot] <= 0)
            return;
        if (--_inodes.Count[slot] > 0)
            return;
        ref DiskInode node = ref _inodes.Disk[slot];
        if (node.Links == 0 && node.Mode != 0 && !_readOnly)
        {
            // The last holder of an unlinked file: its zones and its inode become free.
            _inodes.Count[slot] = 1;
            FreeContents(slot, 0);
            _inodes.Count[slot] = 0;
            uint number = _inodes.Number[slot];
            node = default;
            _inodes.Dirty[slot] = true;
            StoreInode(slot);
            FreeBit(zoneMap: false, number);
            _inodes.Number[slot] = 0;
            return;
        }

        if (_inodes.Dirty[slot])
            StoreInode(slot);
    }

    /// <summary>Marks a held inode changed.</summary>
    internal void Changed(int slot) => _inodes.Dirty[slot] = true;

    /// <summary>Writes a slot's inode into its block of the inode table (in the cache).</summary>
    private Status StoreInode(int slot)
    {
        if (_readOnly)
        {
            _inodes.Dirty[slot] = false;
            return Status.Ok;
        }

        Status status = InodeBlock(_inodes.Number[slot], out long block, out int offset);
        if (status != Status.Ok)
            return status;
        status = _cache.Get(block, out int buffer);
        if (status != Status.Ok)
            return status;
        MemoryMarshal.Write(_cache.Data(buffer).Slice(offset, DiskFormat.InodeSize), in _inodes.Disk[slot]);
        _cache.MarkDirty(buffer);
        _cache.Put(buffer);
        _inodes.Dirty[slot] = false;
        return Status.Ok;
    }

    private Status InodeBlock(uint inode, out long block, out int offset)
    {
        int perBlock = DiskFormat.InodesPerBlock(_super.BlockSize);
        block = _super.InodeTableStart + ((long)inode - 1) / perBlock;
        offset = (int)(((long)inode - 1) % perBlock) * DiskFormat.InodeSize;
        return inode >= 1 && inode <= _super.Inodes ? Status.Ok : Complain(Status.IoError, "inode number outside the inode table:"u8, inode);
    }
}
