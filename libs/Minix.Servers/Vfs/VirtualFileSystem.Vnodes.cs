using Minix.Ipc;
using Minix.Kernel.Grants;
using Minix.Posix.Abi;

namespace Minix.Servers.Vfs;

// Vnodes (the files VFS knows) and the requests that reach them in their file server.
public sealed partial class VirtualFileSystem
{
    /// <summary>Takes one more reference on a vnode (nothing for -1).</summary>
    private int Hold(int vnode)
    {
        if (vnode >= 0)
            _vnodes[vnode].Refs++;
        return vnode;
    }

    /// <summary>Drops a reference; the last one gives the inode back to its file server, or frees a pipe.</summary>
    private void Release(int vnode)
    {
        if (vnode < 0)
            return;
        ref Vnode v = ref _vnodes[vnode];
        if (--v.Refs > 0)
            return;
        if (v.Pipe >= 0)
        {
            _pipes.Free(v.Pipe);
        }
        else if (v.Mount >= 0 && v.ServerHolds > 0 && _mounts[v.Mount].Used)
        {
            var request = new FileServerRequest { Inode = v.Inode, Count = v.ServerHolds };
            Ask(v.Mount, FileServerProtocol.PutNode, ref request, out _);
        }

        v = default;
        v.MountedHere = -1;
        v.Pipe = -1;
        v.Mount = -1;
    }

    /// <summary>The vnode for a node a file server handed over (held once by it): an existing one gets the hold, else a new one.</summary>
    private Status Adopt(int mount, in FileServerReply node, out int vnode)
    {
        vnode = -1;
        int free = -1;
        for (int i = 0; i < _vnodes.Length; i++)
        {
            ref Vnode v = ref _vnodes[i];
            if (v.Refs > 0 && v.Mount == mount && v.Inode == node.Inode && v.Pipe < 0)
            {
                v.Refs++;
                v.ServerHolds++;
                Refresh(ref v, node);
                vnode = i;
                return Status.Ok;
            }

            if (v.Refs == 0 && free < 0)
                free = i;
        }

        if (free < 0)
        {
            var put = new FileServerRequest { Inode = node.Inode, Count = 1 };
            Ask(mount, FileServerProtocol.PutNode, ref put, out _);
            return Status.TooManyOpenFilesInSystem;
        }

        ref Vnode n = ref _vnodes[free];
        n = default;
        n.Refs = 1;
        n.Mount = mount;
        n.Inode = node.Inode;
        n.ServerHolds = 1;
        n.MountedHere = -1;
        n.Pipe = -1;
        Refresh(ref n, node);
        vnode = free;
        return Status.Ok;
    }

    private static void Refresh(ref Vnode v, in FileServerReply node)
    {
        v.Mode = node.Mode;
        v.Size = node.Size;
        v.UserId = node.UserId;
        v.GroupId = node.GroupId;
        v.Device = node.Device;
    }

    /// <summary>One request to the file server of <paramref name="mount"/>: SENDREC (file servers are trusted to answer).</summary>
    private Status Ask(int mount, int type, ref FileServerRequest request, out FileServerReply reply)
    {
        reply = default;
        if (mount < 0 || !_mounts[mount].Used)
            return Status.IoError;
        var message = Message.Create(type, request);
        Status ipc = Messaging.SendRec(_mounts[mount].Server, ref message);
        if (ipc != Status.Ok)
            return Status.IoError; // the file server died: nothing on it can be reached any more
        reply = message.Payload<FileServerReply>();
        return message.Status;
    }

    /// <summary>A request that carries a name (one grant to the file server for the request's duration).</summary>
    private Status AskWithName(int mount, int type, ReadOnlySpan<byte> name, ref FileServerRequest request, out FileServerReply reply)
    {
        reply = default;
        if (mount < 0 || !_mounts[mount].Used)
            return Status.IoError;
        GrantId grant = _grants.Grant(_mounts[mount].Server, name, GrantFlags.Read);
        if (!grant.IsValid)
            return Status.OutOfMemory;
        request.NameGrant = grant.Value;
        request.NameLength = name.Length - request.SecondNameLength; // a rename's two names share the grant
        Status status = Ask(mount, type, ref request, out reply);
        _grants.Revoke(grant);
        return status;
    }

    /// <summary>A request that carries a process's buffer, passed on to the file server as an indirect grant.</summary>
    private Status AskWithBuffer(int mount, int type, int proc, int grant, GrantFlags access, ref FileServerRequest request, out FileServerReply reply)
    {
        reply = default;
        if (mount < 0 || !_mounts[mount].Used)
            return Status.IoError;
        GrantId passed = _grants.GrantIndirect(_mounts[mount].Server, _processes[proc].Endpoint, new GrantId(grant), access);
        if (!passed.IsValid)
            return Status.OutOfMemory;
        request.Grant = passed.Value;
        Status status = Ask(mount, type, ref request, out reply);
        _grants.Revoke(passed);
        return status;
    }

    /// <summary>Whether a process may read (4), write (2) or search/execute (1) a vnode, by its effective ids.</summary>
    private bool MayAccess(int proc, int vnode, int want)
    {
        ref Vnode v = ref _vnodes[vnode];
        ref VfsProcess p = ref _processes[proc];
        if (p.UserId == 0)
            return (want & 1) == 0 || IsDirectory(vnode) || (v.Mode & 0x49) != 0; // root may run only what someone may run
        int bits = p.UserId == v.UserId ? (v.Mode >> 6) & 7 : p.GroupId == v.GroupId ? (v.Mode >> 3) & 7 : v.Mode & 7;
        return (bits & want) == want;
    }

    private bool IsDirectory(int vnode) => (_vnodes[vnode].Mode & FileModeBits.TypeMask) == FileModeBits.Directory;

    private int TypeOf(int vnode) => _vnodes[vnode].Mode & FileModeBits.TypeMask;

    private bool IsReadOnly(int vnode) => _vnodes[vnode].Mount >= 0 && _mounts[_vnodes[vnode].Mount].ReadOnly;
}
