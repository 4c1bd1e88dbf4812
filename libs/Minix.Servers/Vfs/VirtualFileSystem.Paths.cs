using Minix.Ipc;

namespace Minix.Servers.Vfs;

// Path lookup: one name at a time from the process's root or working directory, through its file servers, entering
// a mounted file system at its mount point and leaving it again at "..". Search permission is checked on every
// directory passed; ".." at the process's root stays there.
public sealed partial class VirtualFileSystem
{
    /// <summary>The vnode <paramref name="path"/> names, held for the caller.</summary>
    private Status Resolve(int proc, ReadOnlySpan<byte> path, out int vnode)
    {
        return Walk(proc, path, parent: false, out vnode, out _, out _);
    }

    /// <summary>
    /// The directory that holds the last name of <paramref name="path"/> (held for the caller) and that name's place
    /// in the path. For "/" and paths of only "." there is no last name (length 0). Slashes after the last name are not
    /// part of it, and not checked here: the calls apply POSIX's rule for them (VirtualFileSystem.TrailingSlash.cs).
    /// </summary>
    private Status ResolveParent(int proc, ReadOnlySpan<byte> path, out int directory, out int nameStart, out int nameLength) =>
        Walk(proc, path, parent: true, out directory, out nameStart, out nameLength);

    private Status Walk(int proc, ReadOnlySpan<byte> path, bool parent, out int vnode, out int nameStart, out int nameLength)
    {
        vnode = -1;
        nameStart = 0;
        nameLength = 0;
        if (path.Length == 0)
            return Status.NotFound;
        ref VfsProcess p = ref _processes[proc];
        int current = path[0] == (byte)'/' ? p.RootDirectory : p.WorkingDirectory;
        if (current < 0)
            return Status.NotFound; // no root file system
        Hold(current);
        int at = 0;
        bool trailingSlash = path[path.Length - 1] == (byte)'/';
        while (true)
        {
            while (at < path.Length && path[at] == (byte)'/')
                at++;
            if (at == path.Length)
                break;
            int end = at;
            while (end < path.Length && path[end] != (byte)'/')
                end++;
            ReadOnlySpan<byte> name = path.Slice(at, end - at);
            int rest = end;
            while (rest < path.Length && path[rest] == (byte)'/')
                rest++;
            if (name.Length > NameMax)
            {
                Release(current);
                return Status.NameTooLong;
            }

            if (parent && rest == path.Length)
            {
                if (!name.SequenceEqual("."u8))
                {
                    nameStart = at;
                    nameLength = name.Length;
                }

                if (!IsDirectory(current))
                {
                    Release(current);
                    return Status.NotDirectory;
                }

                break;
            }

            if (!name.SequenceEqual("."u8) || !IsDirectory(current))
            {
                Status status = Step(proc, current, name, out int next);
                Release(current);
                if (status != Status.Ok)
                    return status;
                current = next;
            }

            at = end;
        }

        if (!parent && trailingSlash && !IsDirectory(current))
        {
            Release(current);
            return Status.NotDirectory;
        }

        vnode = current;
        return Status.Ok;
    }

    /// <summary>One name from a directory: crosses mount points both ways.</summary>
    private Status Step(int proc, int directory, ReadOnlySpan<byte> name, out int next)
    {
        next = -1;
        if (!IsDirectory(directory))
            return Status.NotDirectory;
        if (!MayAccess(proc, directory, 1))
            return Status.AccessDenied;
        int from = directory;
        if (name.SequenceEqual(".."u8))
        {
            if (directory == _processes[proc].RootDirectory)
            {
                next = Hold(directory);
                return Status.Ok;
            }

            // ".." at the root of a mounted file system is ".." of the directory it covers.
            while (_vnodes[from].Mount >= 0 && _mounts[_vnodes[from].Mount].Root == from && _mounts[_vnodes[from].Mount].MountedOn >= 0)
                from = _mounts[_vnodes[from].Mount].MountedOn;
        }

        int mount = _vnodes[from].Mount;
        var request = new FileServerRequest { Inode = _vnodes[from].Inode };
        Status status = AskWithName(mount, FileServerProtocol.Lookup, name, ref request, out FileServerReply node);
        if (status != Status.Ok)
            return status;
        status = Adopt(mount, node, out next);
        if (status != Status.Ok)
            return status;

        // A directory something is mounted on stands for the mounted file system's root.
        while (_vnodes[next].MountedHere >= 0)
        {
            int root = Hold(_mounts[_vnodes[next].MountedHere].Root);
            Release(next);
            next = root;
        }

        return Status.Ok;
    }

    /// <summary>Whether a vnode is the root of a file system mounted on a directory (so it cannot be removed or renamed).</summary>
    private bool IsMountedRoot(int vnode) =>
        _vnodes[vnode].Mount >= 0 && _mounts[_vnodes[vnode].Mount].Root == vnode && _mounts[_vnodes[vnode].Mount].MountedOn >= 0;
}
