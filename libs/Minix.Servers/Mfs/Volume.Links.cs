using Minix.Ipc;

namespace Minix.Servers.Mfs;

// Names and links: link, unlink, rmdir and rename, with MINIX's (and POSIX's) errors. Mount points are VFS's
// business: it refuses to remove or rename one before it asks.
public sealed partial class Volume
{
    /// <summary>Adds the name <paramref name="name"/> in <paramref name="directory"/> for the existing inode <paramref name="inode"/>.</summary>
    /// <param name="directory">The directory's inode number.</param>
    /// <param name="name">The new name.</param>
    /// <param name="inode">The file to link to.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.PermissionDenied"/> for a directory, <see cref="Status.TooManyLinks"/>, <see cref="Status.AlreadyExists"/>, ...</returns>
    public Status Link(uint directory, ReadOnlySpan<byte> name, uint inode)
    {
        Status status = GetInode(inode, out int target);
        if (status != Status.Ok)
            return status;
        ref DiskInode node = ref _inodes.Disk[target];
        if (node.IsDirectory)
            return Release(target, Status.PermissionDenied);
        if (node.Links >= DiskFormat.MaxLinks)
            return Release(target, Status.TooManyLinks);
        if (node.Links == 0)
            return Release(target, Status.NotFound);
        status = PrepareEntry(directory, name, out int dir);
        if (status != Status.Ok)
            return Release(target, status);
        status = Enter(dir, name, inode);
        if (status == Status.Ok)
        {
            node.Links++;
            node.ChangeTime = Now();
            Changed(target);
        }

        PutSlot(dir);
        return Release(target, status);
    }

    /// <summary>Removes the name <paramref name="name"/> (not a directory) from <paramref name="directory"/>; the file goes when its last link and last holder do.</summary>
    /// <param name="directory">The directory's inode number.</param>
    /// <param name="name">The name.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.NotFound"/>, <see cref="Status.PermissionDenied"/> for a directory (use rmdir), ...</returns>
    public Status Unlink(uint directory, ReadOnlySpan<byte> name)
    {
        return Remove(directory, name, directoryWanted: false);
    }

    /// <summary>Removes the empty directory <paramref name="name"/> from <paramref name="directory"/>.</summary>
    /// <param name="directory">The parent's inode number.</param>
    /// <param name="name">The name.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.InvalidArgument"/> for ".", <see cref="Status.DirectoryNotEmpty"/> (also for ".."),
    /// <see cref="Status.NotDirectory"/>, <see cref="Status.Busy"/> for the root, ...</returns>
    public Status RemoveDirectory(uint directory, ReadOnlySpan<byte> name)
    {
        if (name.SequenceEqual("."u8))
            return Status.InvalidArgument;
        if (name.SequenceEqual(".."u8))
            return Status.DirectoryNotEmpty;
        return Remove(directory, name, directoryWanted: true);
    }

    private Status Remove(uint directory, ReadOnlySpan<byte> name, bool directoryWanted)
    {
        EnsureWritable(out Status status);
        if (status != Status.Ok)
            return status;
        status = CheckName(name);
        if (status != Status.Ok)
            return status;
        status = GetInode(directory, out int dir);
        if (status != Status.Ok)
            return status;
        status = Search(dir, name, out uint number, out long position);
        if (status != Status.Ok)
            return Release(dir, status);
        status = GetInode(number, out int child);
        if (status != Status.Ok)
            return Release(dir, status);
        ref DiskInode node = ref _inodes.Disk[child];
        if (!directoryWanted && node.IsDirectory)
            status = Status.PermissionDenied;
        else if (directoryWanted && !node.IsDirectory)
            status = Status.NotDirectory;
        else if (directoryWanted && number == DiskFormat.RootInode)
            status = Status.Busy;
        else if (directoryWanted)
            status = IsEmpty(child, out bool empty) != Status.Ok ? Status.IoError : empty ? Status.Ok : Status.DirectoryNotEmpty;
        if (status == Status.Ok)
            status = SetEntry(dir, position, 0);
        if (status == Status.Ok)
        {
            if (directoryWanted)
            {
                node.Links = 0;
                if (_inodes.Disk[dir].Links > 0)
                    _inodes.Disk[dir].Links--; // the child's ".." is gone
            }
            else if (node.Links > 0)
            {
                node.Links--;
            }

            node.ChangeTime = Now();
            Changed(child);
            Changed(dir);
        }

        PutSlot(child);
        return Release(dir, status);
    }

    /// <summary>
    /// Renames <paramref name="oldName"/> in <paramref name="oldDirectory"/> to <paramref name="newName"/> in
    /// <paramref name="newDirectory"/>, replacing an existing file, or an empty directory with a directory.
    /// </summary>
    /// <param name="oldDirectory">The source directory.</param>
    /// <param name="oldName">The source name.</param>
    /// <param name="newDirectory">The target directory.</param>
    /// <param name="newName">The target name.</param>
    /// <returns><see cref="Status.Ok"/>; <see cref="Status.InvalidArgument"/> for "." or "..", or a directory moved under itself;
    /// <see cref="Status.NotDirectory"/>, <see cref="Status.IsDirectory"/>, <see cref="Status.DirectoryNotEmpty"/> for a target
    /// of the wrong kind; <see cref="Status.TooManyLinks"/> for a directory moved to a parent with the most links;
    /// <see cref="Status.NotFound"/>; ...</returns>
    public Status Rename(uint oldDirectory, ReadOnlySpan<byte> oldName, uint newDirectory, ReadOnlySpan<byte> newName)
    {
        EnsureWritable(out Status status);
        if (status != Status.Ok)
            return status;
        if (oldName.SequenceEqual("."u8) || oldName.SequenceEqual(".."u8) || newName.SequenceEqual("."u8) || newName.SequenceEqual(".."u8))
            return Status.InvalidArgument;
        status = CheckName(oldName);
        if (status == Status.Ok)
            status = CheckName(newName);
        if (status != Status.Ok)
            return status;

        status = GetInode(oldDirectory, out int oldDir);
        if (status != Status.Ok)
            return status;
        status = GetInode(newDirectory, out int newDir);
        if (status != Status.Ok)
            return Release(oldDir, status);
        status = Search(oldDir, oldName, out uint moving, out long oldPosition);
        int child = -1;
        if (status == Status.Ok)
            status = GetInode(moving, out child);
        bool isDirectory = status == Status.Ok && _inodes.Disk[child].IsDirectory;
        if (status == Status.Ok && _inodes.Disk[newDir].Links == 0)
            status = Status.NotFound;
        if (status == Status.Ok && isDirectory && oldDirectory != newDirectory)
            status = CheckNotUnder(newDirectory, moving);

        long newPosition = -1;
        int replaced = -1;
        if (status == Status.Ok)
        {
            Status found = Search(newDir, newName, out uint existing, out newPosition);
            if (found == Status.Ok && existing == moving)
            {
                PutSlot(child);
                PutSlot(newDir);
                return Release(oldDir, Status.Ok); // both names already name the same file
            }

            if (found == Status.Ok)
                status = GetInode(existing, out replaced);
            else if (found != Status.NotFound)
                status = found;
            if (status == Status.Ok && replaced >= 0)
            {
                bool targetIsDirectory = _inodes.Disk[replaced].IsDirectory;
                if (isDirectory && !targetIsDirectory)
                    status = Status.NotDirectory;
                else if (!isDirectory && targetIsDirectory)
                    status = Status.IsDirectory;
                else if (targetIsDirectory)
                    status = IsEmpty(replaced, out bool empty) != Status.Ok ? Status.IoError : empty ? Status.Ok : Status.DirectoryNotEmpty;
            }
        }

        // The moved directory's ".." becomes a new link to its new parent, unless it takes a replaced directory's place.
        if (status == Status.Ok && isDirectory && oldDirectory != newDirectory && replaced < 0 && _inodes.Disk[newDir].Links >= DiskFormat.MaxLinks)
            status = Status.TooManyLinks;

        if (status == Status.Ok)
        {
            // Point the target name at the file (reusing an existing entry needs no space), then drop the old name.
            status = replaced >= 0 ? SetEntry(newDir, newPosition, moving) : Enter(newDir, newName, moving);
            if (status == Status.Ok)
                status = SetEntry(oldDir, oldPosition, 0);
        }

        if (status == Status.Ok && replaced >= 0)
        {
            ref DiskInode gone = ref _inodes.Disk[replaced];
            if (gone.IsDirectory)
            {
                gone.Links = 0;
                if (_inodes.Disk[newDir].Links > 0)
                    _inodes.Disk[newDir].Links--;
            }
            else if (gone.Links > 0)
            {
                gone.Links--;
            }

            gone.ChangeTime = Now();
            Changed(replaced);
            Changed(newDir);
        }

        if (status == Status.Ok && isDirectory && oldDirectory != newDirectory)
        {
            // The moved directory's ".." now names its new parent.
            Status dotdot = Search(child, ".."u8, out _, out long position);
            if (dotdot == Status.Ok)
                SetEntry(child, position, newDirectory);
            if (_inodes.Disk[oldDir].Links > 0)
                _inodes.Disk[oldDir].Links--;
            _inodes.Disk[newDir].Links++;
            Changed(oldDir);
            Changed(newDir);
        }

        if (status == Status.Ok)
        {
            _inodes.Disk[child].ChangeTime = Now();
            Changed(child);
        }

        if (replaced >= 0)
            PutSlot(replaced);
        if (child >= 0)
            PutSlot(child);
        PutSlot(newDir);
        return Release(oldDir, status);
    }

    /// <summary>EINVAL if <paramref name="directory"/> is <paramref name="moving"/> or lies below it: walks ".." up to the root, at most once per inode.</summary>
    private Status CheckNotUnder(uint directory, uint moving)
    {
        uint current = directory;
        for (long steps = 0; steps <= _super.Inodes; steps++)
        {
            if (current == moving)
                return Status.InvalidArgument;
            if (current == DiskFormat.RootInode)
                return Status.Ok;
            Status status = GetInode(current, out int slot);
            if (status != Status.Ok)
                return status;
            status = Search(slot, ".."u8, out uint parent, out _);
            PutSlot(slot);
            if (status != Status.Ok)
                return status == Status.NotFound ? Complain(Status.IoError, "a directory has no \"..\" entry:"u8, current) : status;
            current = parent;
        }

        return Complain(Status.IoError, "the directory tree loops above inode"u8, directory);
    }

    /// <summary>Releases a held slot and passes <paramref name="status"/> on.</summary>
    private Status Release(int slot, Status status)
    {
        PutSlot(slot);
        return status;
    }
}
