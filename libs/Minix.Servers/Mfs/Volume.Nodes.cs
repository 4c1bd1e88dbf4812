using Minix.Ipc;
using Minix.Posix.Abi;

namespace Minix.Servers.Mfs;

// New nodes: regular files, special files and directories. The inode is written before the directory entry is
// made, and freed again if the entry cannot be made, so a failure leaves nothing behind.
public sealed partial class Volume
{
    /// <summary>
    /// Creates <paramref name="name"/> in <paramref name="directory"/>: a regular file, a FIFO or a special file
    /// (its device number in zone 0), held for the caller.
    /// </summary>
    /// <param name="directory">The directory's inode number.</param>
    /// <param name="name">The new name.</param>
    /// <param name="mode">Type and permission bits (type 0 means a regular file).</param>
    /// <param name="userId">The owner.</param>
    /// <param name="groupId">The group.</param>
    /// <param name="device">For a character or block special file: its device number.</param>
    /// <param name="inode">The new inode; the caller gives it back with <see cref="PutInode"/>.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.AlreadyExists"/>, <see cref="Status.NoSpace"/> (no free inode or zone),
    /// <see cref="Status.NameTooLong"/>, <see cref="Status.NotDirectory"/>, <see cref="Status.ReadOnlyFileSystem"/>, or a device error.</returns>
    public Status Create(uint directory, ReadOnlySpan<byte> name, int mode, int userId, int groupId, uint device, out uint inode)
    {
        inode = 0;
        if ((mode & FileModeBits.TypeMask) == 0)
            mode |= FileModeBits.Regular;
        if ((mode & FileModeBits.TypeMask) == FileModeBits.Directory)
            return Status.InvalidArgument;
        Status status = PrepareEntry(directory, name, out int dir);
        if (status != Status.Ok)
            return status;
        status = NewInode(mode, userId, groupId, out int child);
        if (status == Status.Ok)
        {
            if ((mode & FileModeBits.TypeMask) == FileModeBits.CharacterDevice || (mode & FileModeBits.TypeMask) == FileModeBits.BlockDevice)
            {
                _inodes.Disk[child].Zones[0] = device;
                Changed(child);
            }

            status = Enter(dir, name, _inodes.Number[child]);
            if (status != Status.Ok)
                _inodes.Disk[child].Links = 0; // put below frees it
        }

        PutSlot(dir);
        if (status != Status.Ok)
        {
            if (child >= 0)
                PutSlot(child);
            return status;
        }

        inode = _inodes.Number[child];
        return Status.Ok;
    }

    /// <summary>Makes directory <paramref name="name"/> in <paramref name="directory"/>, with "." and "..".</summary>
    /// <param name="directory">The parent's inode number.</param>
    /// <param name="name">The new name.</param>
    /// <param name="mode">Permission bits.</param>
    /// <param name="userId">The owner.</param>
    /// <param name="groupId">The group.</param>
    /// <param name="inode">The new directory's inode number (not held).</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.AlreadyExists"/>, <see cref="Status.TooManyLinks"/> (the parent has too many subdirectories), <see cref="Status.NoSpace"/>, ...</returns>
    public Status MakeDirectory(uint directory, ReadOnlySpan<byte> name, int mode, int userId, int groupId, out uint inode)
    {
        inode = 0;
        Status status = PrepareEntry(directory, name, out int dir);
        if (status != Status.Ok)
            return status;
        if (_inodes.Disk[dir].Links >= DiskFormat.MaxLinks)
        {
            PutSlot(dir);
            return Status.TooManyLinks;
        }

        status = NewInode((mode & ~FileModeBits.TypeMask) | FileModeBits.Directory, userId, groupId, out int child);
        if (status != Status.Ok)
        {
            PutSlot(dir);
            return status;
        }

        uint number = _inodes.Number[child];
        status = Enter(child, "."u8, number);
        if (status == Status.Ok)
            status = Enter(child, ".."u8, directory);
        if (status == Status.Ok)
            status = Enter(dir, name, number);
        if (status == Status.Ok)
        {
            _inodes.Disk[child].Links = 2;
            _inodes.Disk[dir].Links++;
            _inodes.Disk[dir].ChangeTime = Now();
            Changed(dir);
            inode = number;
        }
        else
        {
            _inodes.Disk[child].Links = 0; // put below frees it and its block
        }

        Changed(child);
        PutSlot(child);
        PutSlot(dir);
        return status;
    }

    /// <summary>Holds a directory that may receive <paramref name="name"/>: writable, a directory, not removed, the name free and valid.</summary>
    private Status PrepareEntry(uint directory, ReadOnlySpan<byte> name, out int dir)
    {
        dir = -1;
        EnsureWritable(out Status status);
        if (status != Status.Ok)
            return status;
        status = CheckName(name);
        if (status != Status.Ok)
            return status;
        if (name.SequenceEqual("."u8) || name.SequenceEqual(".."u8))
            return Status.AlreadyExists;
        status = GetInode(directory, out dir);
        if (status != Status.Ok)
            return status;
        status = Search(dir, name, out _, out _);
        if (status == Status.Ok)
            status = Status.AlreadyExists;
        else if (status == Status.NotFound)
            status = _inodes.Disk[dir].Links == 0 ? Status.NotFound : Status.Ok; // a removed directory takes no names
        if (status != Status.Ok)
        {
            PutSlot(dir);
            dir = -1;
        }

        return status;
    }

    /// <summary>Allocates and initializes an inode with one link, held once.</summary>
    private Status NewInode(int mode, int userId, int groupId, out int slot)
    {
        slot = -1;
        Status status = AllocInodeNumber(out uint number);
        if (status != Status.Ok)
            return status == Status.NoSpace ? Complain(status, "out of inodes"u8) : status;
        status = GetInode(number, out slot);
        if (status != Status.Ok)
        {
            FreeBit(zoneMap: false, number);
            return status;
        }

        int now = Now();
        ref DiskInode node = ref _inodes.Disk[slot];
        node = default;
        node.Mode = (ushort)mode;
        node.Links = 1;
        node.UserId = (ushort)userId;
        node.GroupId = (ushort)groupId;
        node.AccessTime = node.ModifyTime = node.ChangeTime = now;
        Changed(slot);
        status = StoreInode(slot);
        if (status != Status.Ok)
        {
            node.Links = 0;
            PutSlot(slot);
            slot = -1;
        }

        return status;
    }
}
