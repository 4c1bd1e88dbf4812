using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Grants;
using Minix.Posix;
using Minix.Posix.Abi;

namespace Minix.Servers.Vfs;

// What the process manager tells VFS (VfsFromPmProtocol): forks, exits, execs, new ids, signals that interrupt a
// call, programs to open for exec, sync and reboot. Only PM may send these.
public sealed partial class VirtualFileSystem
{
    private void ProcessManagerCall(ref Message message, IpcStatus how)
    {
        int type = message.Type;
        Endpoint from = message.Source;
        var reply = new VfsPmReply { Process = Endpoint.None };
        if (from.Slot != Endpoint.ProcessManager.Slot)
        {
            ReplyStatus(from, how.Call, Status.PermissionDenied);
            return;
        }

        switch (type)
        {
            case VfsFromPmProtocol.Fork:
                VfsForkRequest fork = message.Payload<VfsForkRequest>();
                reply.Process = fork.Child;
                reply.Result = (int)Fork(fork.Parent, fork.Child);
                break;
            case VfsFromPmProtocol.Exit:
            case VfsFromPmProtocol.Exec:
            case VfsFromPmProtocol.Unpause:
                Endpoint process = message.Payload<VfsProcessRequest>().Process;
                reply.Process = process;
                int proc = Known(process);
                if (type == VfsFromPmProtocol.Exit && proc >= 0)
                    Exited(proc);
                else if (type == VfsFromPmProtocol.Exec && proc >= 0)
                    CloseOnExec(proc);
                else if (type == VfsFromPmProtocol.Unpause)
                    reply.Result = proc >= 0 && Interrupt(proc) ? 1 : 0;
                break;
            case VfsFromPmProtocol.SetIds:
                VfsSetIdsRequest ids = message.Payload<VfsSetIdsRequest>();
                reply.Process = ids.Process;
                int target = ProcessOf(ids.Process);
                if (target >= 0)
                {
                    ref VfsProcess p = ref _processes[target];
                    p.RealUserId = ids.RealUserId;
                    p.UserId = ids.EffectiveUserId;
                    p.RealGroupId = ids.RealGroupId;
                    p.GroupId = ids.EffectiveGroupId;
                }

                break;
            case VfsFromPmProtocol.ExecOpen:
                reply.Result = (int)ExecOpen(from, message.Payload<VfsExecOpenRequest>(), ref reply);
                if (reply.Result < 0)
                    reply.Size = reply.Mode = reply.UserId = reply.GroupId = 0;
                break;
            case VfsFromPmProtocol.Sync:
                reply.Result = (int)SyncAll();
                break;
            default:
                reply.Result = (int)Reboot();
                break;
        }

        var answer = Message.Create(VfsFromPmProtocol.ReplyOf(type), reply);
        Reply(from, how.Call, ref answer);
    }

    /// <summary>The row of a process VFS knows under exactly this endpoint, or -1.</summary>
    private int Known(Endpoint endpoint)
    {
        int slot = endpoint.Slot;
        return !endpoint.IsSpecial && slot >= 0 && slot < _processes.Length && _processes[slot].Used && _processes[slot].Endpoint == endpoint ? slot : -1;
    }

    /// <summary>The child gets the parent's descriptors (sharing their open files), directories, umask and ids.</summary>
    private Status Fork(Endpoint parentEndpoint, Endpoint childEndpoint)
    {
        int parent = ProcessOf(parentEndpoint);
        int child = childEndpoint.Slot;
        if (parent < 0 || childEndpoint.IsSpecial || child < 0 || child >= _processes.Length || child == parent)
            return Status.InvalidArgument;
        if (_processes[child].Used)
            Exited(child);
        ref VfsProcess c = ref _processes[child];
        c = _processes[parent];
        c.Endpoint = childEndpoint;
        c.Waiting = Suspension.None;
        Hold(c.WorkingDirectory);
        Hold(c.RootDirectory);
        for (int fd = 0; fd < OpenMax; fd++)
        {
            int file = _descriptors[(parent * OpenMax) + fd];
            _descriptors[(child * OpenMax) + fd] = file;
            if (file >= 0)
                _files[file].Count++;
        }

        return Status.Ok;
    }

    /// <summary>A process ended: a call it waits in is dropped unanswered, its descriptors closed (pipes see their ends go), its directories released.</summary>
    private void Exited(int proc)
    {
        ref VfsProcess p = ref _processes[proc];
        if (p.Waiting == Suspension.Device)
            ForgetDeviceCall(proc);
        p.Waiting = Suspension.None;
        for (int fd = 0; fd < OpenMax; fd++)
        {
            if (_descriptors[(proc * OpenMax) + fd] >= 0)
                Close(proc, fd);
        }

        Release(p.WorkingDirectory);
        Release(p.RootDirectory);
        p = default;
    }

    private void CloseOnExec(int proc)
    {
        for (int fd = 0; fd < OpenMax; fd++)
        {
            if ((_processes[proc].CloseOnExec & (1UL << fd)) != 0 && FileOf(proc, fd) >= 0)
                Close(proc, fd);
        }
    }

    /// <summary>A signal interrupts a process suspended in VFS: the call ends with EINTR (a pipe write that moved bytes reports them).</summary>
    private bool Interrupt(int proc)
    {
        ref VfsProcess p = ref _processes[proc];
        if (p.Waiting == Suspension.None)
            return false;
        if (p.Waiting == Suspension.Device)
        {
            ForgetDeviceCall(proc);
            if (p.Call == FileSystemProtocol.Open)
            {
                _files[p.File].Driver = Endpoint.None; // the open is abandoned: close nothing at the driver
                Close(proc, p.Descriptor);
            }
        }

        long result = p.Waiting == Suspension.PipeWrite && p.Done > 0 ? p.Done : (long)Status.Interrupted;
        p.Waiting = Suspension.None;
        _second = 0;
        Answer(proc, result);
        return true;
    }

    /// <summary>Opens a program for exec: resolved as the process would, a regular file it may execute, opened read-only in PM's own table.</summary>
    private long ExecOpen(Endpoint pm, in VfsExecOpenRequest request, ref VfsPmReply reply)
    {
        reply.Process = request.Process;
        int proc = ProcessOf(request.Process);
        int manager = ProcessOf(pm);
        if (proc < 0 || manager < 0)
            return (long)Status.InvalidArgument;
        if (request.PathLength <= 0)
            return (long)Status.NotFound;
        if (request.PathLength >= PathMax)
            return (long)Status.NameTooLong;
        Status status = Sys.SafeCopyFrom(pm, new GrantId(request.PathGrant), 0, _path.AsSpan(0, request.PathLength));
        if (status != Status.Ok)
            return (long)status;
        status = Resolve(proc, _path.AsSpan(0, request.PathLength), out int vnode);
        if (status != Status.Ok)
            return (long)status;
        if (TypeOf(vnode) != FileModeBits.Regular || !MayAccess(proc, vnode, 1))
        {
            Release(vnode);
            return (long)Status.AccessDenied;
        }

        reply.Size = _vnodes[vnode].Size;
        reply.Mode = _vnodes[vnode].Mode;
        reply.UserId = _vnodes[vnode].UserId;
        reply.GroupId = _vnodes[vnode].GroupId;
        return OpenVnode(manager, vnode, (int)OpenFlags.ReadOnly, created: false);
    }

    /// <summary>The system goes down: everything written back, every process's files closed, every file system unmounted cleanly.</summary>
    private Status Reboot()
    {
        Status first = SyncAll();
        for (int proc = 0; proc < _processes.Length; proc++)
        {
            if (_processes[proc].Used)
                Exited(proc);
        }

        for (int pass = 0; pass < 2; pass++)
        {
            // Mounts on directories first, then "/".
            for (int mount = 0; mount < _mounts.Length; mount++)
            {
                if (_mounts[mount].Used && (_mounts[mount].MountedOn >= 0) == (pass == 0))
                {
                    Status status = Detach(mount);
                    if (first == Status.Ok)
                        first = status;
                }
            }
        }

        return first;
    }
}
