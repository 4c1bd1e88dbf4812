using Minix.Ipc;
using Minix.Posix.Abi;

namespace Minix.Servers.Vfs;

// Names: unlink, rmdir, mkdir, mknod, link and rename. VFS checks what only it can see (permissions, mount points,
// file systems crossed); the file server checks the rest.
public sealed partial class VirtualFileSystem
{
    private Status Remove(int proc, ReadOnlySpan<byte> path, bool directory)
    {
        Status status = ResolveParent(proc, path, out int parent, out int start, out int length);
        if (status != Status.Ok)
            return status;
        ReadOnlySpan<byte> name = path.Slice(start, length);
        status = length == 0 ? (directory ? Status.Busy : Status.IsDirectory) : Status.Ok;
        if (status == Status.Ok && !directory && SlashAfterName(path, length))
            status = ExistingDirectoryName(proc, parent, name); // rmdir's file server refuses a non-directory itself
        if (status == Status.Ok)
            status = MayChange(proc, parent);
        if (status == Status.Ok && !name.SequenceEqual(".."u8))
            status = NotMountedOn(proc, parent, name);
        if (status == Status.Ok)
        {
            var request = new FileServerRequest { Inode = _vnodes[parent].Inode };
            status = AskWithName(_vnodes[parent].Mount, directory ? FileServerProtocol.RemoveDirectory : FileServerProtocol.Unlink, name, ref request, out _);
        }

        Release(parent);
        return status;
    }

    private Status MakeDirectory(int proc, ReadOnlySpan<byte> path, int mode)
    {
        Status status = ResolveParent(proc, path, out int parent, out int start, out int length);
        if (status != Status.Ok)
            return status;
        status = length == 0 ? Status.AlreadyExists : MayChange(proc, parent);
        if (status == Status.Ok)
        {
            ref VfsProcess p = ref _processes[proc];
            var request = new FileServerRequest
            {
                Inode = _vnodes[parent].Inode,
                Mode = FileModeBits.Directory | (mode & 0x1FF & ~p.Umask),
                UserId = (ushort)p.UserId,
                GroupId = (ushort)p.GroupId,
            };
            status = AskWithName(_vnodes[parent].Mount, FileServerProtocol.MakeDirectory, path.Slice(start, length), ref request, out _);
        }

        Release(parent);
        return status;
    }

    private Status MakeNode(int proc, ReadOnlySpan<byte> path, int mode, long device)
    {
        int type = mode & FileModeBits.TypeMask;
        if (type != FileModeBits.CharacterDevice && type != FileModeBits.BlockDevice)
            return Status.InvalidArgument;
        if (_processes[proc].UserId != 0)
            return Status.PermissionDenied;
        Status status = ResolveParent(proc, path, out int parent, out int start, out int length);
        if (status != Status.Ok)
            return status;
        int vnode = -1;
        ReadOnlySpan<byte> name = path.Slice(start, length);
        if (length == 0)
            status = Status.AlreadyExists;
        else if (SlashAfterName(path, length))
            status = NewNonDirectoryName(proc, parent, name);
        else
            status = CreateNode(proc, parent, name, mode, (uint)device, out vnode);
        Release(vnode);
        Release(parent);
        return status;
    }

    private Status Link(int proc, ReadOnlySpan<byte> existing, ReadOnlySpan<byte> path)
    {
        Status status = Resolve(proc, existing, out int target);
        if (status != Status.Ok)
            return status;
        if (IsDirectory(target))
        {
            Release(target);
            return Status.PermissionDenied;
        }

        status = ResolveParent(proc, path, out int parent, out int start, out int length);
        if (status == Status.Ok)
        {
            if (length == 0)
                status = Status.AlreadyExists;
            else if (SlashAfterName(path, length))
                status = NewNonDirectoryName(proc, parent, path.Slice(start, length));
            else
                status = _vnodes[parent].Mount != _vnodes[target].Mount ? Status.CrossDevice : MayChange(proc, parent);
            if (status == Status.Ok)
            {
                var request = new FileServerRequest { Inode = _vnodes[parent].Inode, Other = _vnodes[target].Inode };
                status = AskWithName(_vnodes[parent].Mount, FileServerProtocol.Link, path.Slice(start, length), ref request, out _);
            }

            Release(parent);
        }

        Release(target);
        return status;
    }

    private Status Rename(int proc, ReadOnlySpan<byte> from, ReadOnlySpan<byte> to)
    {
        Status status = ResolveParent(proc, from, out int oldParent, out int oldStart, out int oldLength);
        if (status != Status.Ok)
            return status;
        status = ResolveParent(proc, to, out int newParent, out int newStart, out int newLength);
        if (status != Status.Ok)
        {
            Release(oldParent);
            return status;
        }

        ReadOnlySpan<byte> oldName = from.Slice(oldStart, oldLength);
        ReadOnlySpan<byte> newName = to.Slice(newStart, newLength);
        if (oldLength == 0 || newLength == 0 || oldName.SequenceEqual(".."u8) || newName.SequenceEqual(".."u8))
            status = Status.InvalidArgument;
        else if (_vnodes[oldParent].Mount != _vnodes[newParent].Mount)
            status = Status.CrossDevice;
        else
            status = MayChange(proc, oldParent);
        if (status == Status.Ok)
            status = MayChange(proc, newParent);
        if (status == Status.Ok)
            status = NotMountedOn(proc, oldParent, oldName);
        if (status == Status.Ok && (SlashAfterName(from, oldLength) || SlashAfterName(to, newLength)))
            status = ExistingDirectoryName(proc, oldParent, oldName); // only a directory may be named with a slash
        if (status == Status.Ok)
        {
            status = NotMountedOn(proc, newParent, newName);
            if (status == Status.NotFound)
                status = Status.Ok; // the new name need not exist
        }

        if (status == Status.Ok)
        {
            // Both names travel in one grant: the old one, then the new one.
            oldName.CopyTo(_scratch);
            newName.CopyTo(_scratch.AsSpan(oldLength, newLength));
            var request = new FileServerRequest { Inode = _vnodes[oldParent].Inode, Other = _vnodes[newParent].Inode, SecondNameLength = newLength };
            status = AskWithName(_vnodes[oldParent].Mount, FileServerProtocol.Rename, _scratch.AsSpan(0, oldLength + newLength), ref request, out _);
        }

        Release(newParent);
        Release(oldParent);
        return status;
    }

    /// <summary>Write and search permission on a directory of a writable file system.</summary>
    private Status MayChange(int proc, int directory)
    {
        if (!MayAccess(proc, directory, 3))
            return Status.AccessDenied;
        return IsReadOnly(directory) ? Status.ReadOnlyFileSystem : Status.Ok;
    }

    /// <summary>EBUSY if <paramref name="name"/> in the directory is a mount point; ENOENT if it does not exist.</summary>
    private Status NotMountedOn(int proc, int directory, ReadOnlySpan<byte> name)
    {
        if (name.SequenceEqual("."u8))
            return Status.Ok; // the file server refuses it with the right error
        Status status = Step(proc, directory, name, out int vnode);
        if (status != Status.Ok)
            return status;
        bool busy = IsMountedRoot(vnode) || vnode == directory;
        Release(vnode);
        return busy ? Status.Busy : Status.Ok;
    }
}
