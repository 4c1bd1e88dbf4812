using Minix.Ipc;
using Minix.Posix.Abi;

namespace Minix.Servers.Mfs;

// An inode's attributes: stat, chmod and utime.
public sealed partial class Volume
{
    /// <summary>Fills a <c>struct stat</c> for inode <paramref name="inode"/>.</summary>
    /// <param name="inode">The inode number.</param>
    /// <param name="device">The device number to report (st_dev).</param>
    /// <param name="status">The result.</param>
    /// <returns><see cref="Status.Ok"/>, or why the inode cannot be read.</returns>
    public Status Stat(uint inode, ulong device, out FileStatus status)
    {
        status = default;
        Status result = GetInode(inode, out int slot);
        if (result != Status.Ok)
            return result;
        ref DiskInode node = ref _inodes.Disk[slot];
        int blockSize = _super.BlockSize;
        status.Device = device;
        status.Inode = inode;
        status.Mode = node.Mode;
        status.Links = node.Links;
        status.UserId = node.UserId;
        status.GroupId = node.GroupId;
        status.SpecialDevice = node.IsDevice ? node.Zones[0] : 0;
        status.SizeInBytes = node.Size;
        status.AccessTime = node.AccessTime;
        status.ModifyTime = node.ModifyTime;
        status.ChangeTime = node.ChangeTime;
        status.BlockSize = blockSize;
        status.Blocks = node.HasData ? (int)(((long)node.Size + blockSize - 1) / blockSize * (blockSize / 512)) : 0;
        PutSlot(slot);
        return Status.Ok;
    }

    /// <summary>Sets the permission bits (and set-id and sticky bits) of inode <paramref name="inode"/>; the type stays.</summary>
    /// <param name="inode">The inode number.</param>
    /// <param name="mode">The new bits (07777).</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.ReadOnlyFileSystem"/>, or why the inode cannot be read.</returns>
    public Status ChangeMode(uint inode, int mode)
    {
        Status status = BeginChange(inode, out int slot);
        if (status != Status.Ok)
            return status;
        ref DiskInode node = ref _inodes.Disk[slot];
        node.Mode = (ushort)((node.Mode & FileModeBits.TypeMask) | (mode & 0xFFF));
        EndChange(slot, Now());
        return Status.Ok;
    }

    /// <summary>Sets the access and modification times of inode <paramref name="inode"/> (utime); its change time becomes now.</summary>
    /// <param name="inode">The inode number.</param>
    /// <param name="times">The times, or <c>null</c> for now (both).</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.InvalidArgument"/> for a time the disk cannot hold, <see cref="Status.ReadOnlyFileSystem"/>, or why the inode cannot be read.</returns>
    public Status SetTimes(uint inode, FileTimes? times)
    {
        // The v3 inode keeps 32-bit signed seconds: a time outside them is refused, never wrapped.
        if (times is { } t && (t.AccessTime is < int.MinValue or > int.MaxValue || t.ModifyTime is < int.MinValue or > int.MaxValue))
            return Status.InvalidArgument;
        Status status = BeginChange(inode, out int slot);
        if (status != Status.Ok)
            return status;
        ref DiskInode node = ref _inodes.Disk[slot];
        int now = Now();
        node.AccessTime = times is { } given ? (int)given.AccessTime : now;
        node.ModifyTime = times is { } set ? (int)set.ModifyTime : now;
        EndChange(slot, now);
        return Status.Ok;
    }

    /// <summary>An attribute change begins: the volume must be writable and the inode readable (held in <paramref name="slot"/>).</summary>
    private Status BeginChange(uint inode, out int slot)
    {
        slot = -1;
        EnsureWritable(out Status status);
        return status != Status.Ok ? status : GetInode(inode, out slot);
    }

    /// <summary>An attribute change ends: the inode's change time, then it is marked for writing back and let go.</summary>
    private void EndChange(int slot, int now)
    {
        _inodes.Disk[slot].ChangeTime = now;
        Changed(slot);
        PutSlot(slot);
    }

    /// <summary>Holds inode <paramref name="inode"/> once more for the caller (for a file VFS opens twice, say).</summary>
    /// <param name="inode">The inode number.</param>
    /// <returns><see cref="Status.Ok"/>, or why not.</returns>
    public Status HoldInode(uint inode) => GetInode(inode, out _);
}
