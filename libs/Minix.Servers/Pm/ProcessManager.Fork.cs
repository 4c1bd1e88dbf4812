using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Privileges;

namespace Minix.Servers.Pm;

public sealed partial class ProcessManager
{
    /// <summary>
    /// fork: a free slot (never a zombie's), the kernel's copy of the caller, VFS's copy of its descriptors; then each
    /// is answered, the child with 0 and the parent with the child's pid. An ordinary user at their process limit gets
    /// EAGAIN.
    /// </summary>
    private void Fork(ManagedProcess parent)
    {
        if (parent.RealUserId != 0 && CountAlive(userOnly: true, parent.RealUserId) >= MaxProcessesPerUser)
        {
            Answer(parent, Status.TryAgain);
            return;
        }

        // PM picks the slot (never a zombie's); the kernel refuses one a service it started there still uses.
        Status status = Status.TryAgain;
        Endpoint endpoint = Endpoint.None;
        int slot = PrivilegeId.MaxBootSlot + 1;
        for (; slot < _table.Length; slot++)
        {
            if (_table[slot].InUse)
                continue;
            status = Sys.Fork(parent.Endpoint, slot, out endpoint);
            if (status != Status.InvalidArgument)
                break;
        }

        if (status != Status.Ok)
        {
            Answer(parent, status is Status.NoSpace or Status.InvalidArgument ? Status.TryAgain : status);
            return;
        }

        ManagedProcess child = _table[slot];
        child.Clear();
        (child.State, child.Endpoint, child.Name) = (ProcessState.Alive, endpoint, parent.Name);
        (child.Pid, child.Parent) = (NewPid(), parent.Slot);
        (child.ProcessGroup, child.Session) = (parent.ProcessGroup, parent.Session);
        (child.RealUserId, child.EffectiveUserId) = (parent.RealUserId, parent.EffectiveUserId);
        (child.RealGroupId, child.EffectiveGroupId) = (parent.RealGroupId, parent.EffectiveGroupId);
        (child.Mask, child.SignalEntry, child.Break, child.SourceMap) = (parent.Mask, parent.SignalEntry, parent.Break, parent.SourceMap);
        parent.Handlers.AsSpan().CopyTo(child.Handlers);
        parent.HandlerMasks.AsSpan().CopyTo(child.HandlerMasks);
        parent.HandlerFlags.AsSpan().CopyTo(child.HandlerFlags);

        VfsPmReply vfs = AskVfs(VfsFromPmProtocol.Fork, new VfsForkRequest { Parent = parent.Endpoint, Child = endpoint, ChildPid = child.Pid });
        if (vfs.Result < 0)
        {
            Sys.Kill(endpoint, ExitReason.Killed);
            child.Clear();
            Answer(parent, (Status)vfs.Result);
            return;
        }

        Answer(child, Status.Ok, 0);
        Answer(parent, Status.Ok, child.Pid);
    }

    /// <summary>The next pid no process or process group uses (they wrap at 30000, as MINIX's do).</summary>
    private int NewPid()
    {
        while (true)
        {
            int pid = _nextPid;
            _nextPid = _nextPid >= 30000 ? 2 : _nextPid + 1;
            bool used = false;
            foreach (ManagedProcess p in _table)
                used |= p.InUse && (p.Pid == pid || p.ProcessGroup == pid || p.Session == pid);
            if (!used)
                return pid;
        }
    }
}
