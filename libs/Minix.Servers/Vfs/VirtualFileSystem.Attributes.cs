using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Grants;
using Minix.Posix.Abi;

namespace Minix.Servers.Vfs;

// stat, fstat, statvfs, chmod and utime.
public sealed partial class VirtualFileSystem
{
    /// <summary>The file server of the file system holding the path fills the statistics straight into the caller's grant.</summary>
    private Status StatFileSystem(int proc, ReadOnlySpan<byte> path, int grant)
    {
        Status status = Resolve(proc, path, out int vnode);
        if (status != Status.Ok)
            return status;
        ref Vnode v = ref _vnodes[vnode];
        var request = new FileServerRequest { Inode = v.Inode };
        status = v.Pipe >= 0 ? Status.InvalidArgument : AskWithBuffer(v.Mount, FileServerProtocol.StatFileSystem, proc, grant, GrantFlags.Write, ref request, out _);
        Release(vnode);
        return status;
    }

    private Status StatPath(int proc, ReadOnlySpan<byte> path, int grant)
    {
        Status status = Resolve(proc, path, out int vnode);
        if (status != Status.Ok)
            return status;
        status = StatVnode(proc, vnode, grant);
        Release(vnode);
        return status;
    }

    private Status StatDescriptor(int proc, int fd, int grant)
    {
        int file = FileOf(proc, fd);
        return file < 0 ? Status.BadFileDescriptor : StatVnode(proc, _files[file].Vnode, grant);
    }

    /// <summary>A file server fills the status straight into the caller's grant; a pipe's VFS fills itself.</summary>
    private Status StatVnode(int proc, int vnode, int grant)
    {
        ref Vnode v = ref _vnodes[vnode];
        if (v.Pipe < 0)
        {
            var request = new FileServerRequest { Inode = v.Inode };
            return AskWithBuffer(v.Mount, FileServerProtocol.Stat, proc, grant, GrantFlags.Write, ref request, out _);
        }

        var status = new FileStatus
        {
            Inode = (ulong)vnode,
            Mode = v.Mode,
            Links = 0,
            UserId = v.UserId,
            GroupId = v.GroupId,
            SizeInBytes = _pipes.Available(v.Pipe),
            BlockSize = PipeBuffers.Capacity,
        };
        return Sys.SafeCopyTo(_processes[proc].Endpoint, new GrantId(grant), 0, MemoryMarshal.AsBytes(MemoryMarshal.CreateReadOnlySpan(ref status, 1)));
    }

    private Status ChangeMode(int proc, ReadOnlySpan<byte> path, int mode)
    {
        Status status = Resolve(proc, path, out int vnode);
        if (status != Status.Ok)
            return status;
        ref VfsProcess p = ref _processes[proc];
        if (p.UserId != 0 && p.UserId != _vnodes[vnode].UserId)
        {
            status = Status.PermissionDenied;
        }
        else if (IsReadOnly(vnode))
        {
            status = Status.ReadOnlyFileSystem;
        }
        else
        {
            // Someone not in the file's group may not set its set-group-id bit.
            if (p.UserId != 0 && p.GroupId != _vnodes[vnode].GroupId)
                mode &= ~FileModeBits.SetGroupId;
            var request = new FileServerRequest { Inode = _vnodes[vnode].Inode, Mode = mode & 0xFFF };
            status = Ask(_vnodes[vnode].Mount, FileServerProtocol.ChangeMode, ref request, out FileServerReply node);
            if (status == Status.Ok)
                _vnodes[vnode].Mode = node.Mode;
        }

        Release(vnode);
        return status;
    }

    /// <summary>
    /// utime: explicit times (a grant of the program's <see cref="FileTimes"/>) only for the owner or root (EPERM);
    /// "now" also for anyone who may write the file (EACCES otherwise), as POSIX says.
    /// </summary>
    private Status SetTimes(int proc, ReadOnlySpan<byte> path, int grant)
    {
        Status status = Resolve(proc, path, out int vnode);
        if (status != Status.Ok)
            return status;
        ref VfsProcess p = ref _processes[proc];
        bool owner = p.UserId == 0 || p.UserId == _vnodes[vnode].UserId;
        bool now = grant == GrantId.Invalid;
        if (!owner && !now)
            status = Status.PermissionDenied;
        else if (!owner && !MayAccess(proc, vnode, 2))
            status = Status.AccessDenied;
        else if (IsReadOnly(vnode))
            status = Status.ReadOnlyFileSystem;
        else if (_vnodes[vnode].Pipe >= 0)
            status = Status.InvalidArgument;
        else
        {
            var request = new FileServerRequest { Inode = _vnodes[vnode].Inode, Grant = GrantId.Invalid };
            status = now
                ? Ask(_vnodes[vnode].Mount, FileServerProtocol.SetTimes, ref request, out _)
                : AskWithBuffer(_vnodes[vnode].Mount, FileServerProtocol.SetTimes, proc, grant, GrantFlags.Read, ref request, out _);
        }

        Release(vnode);
        return status;
    }
}
