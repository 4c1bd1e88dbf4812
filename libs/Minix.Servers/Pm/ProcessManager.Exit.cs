using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Posix;

namespace Minix.Servers.Pm;

public sealed partial class ProcessManager
{
    /// <summary>
    /// Ends a live process with <paramref name="waitStatus"/>: VFS closes its descriptors, the kernel frees it, it
    /// becomes a zombie for its parent (answered at once if it waits, else sent SIGCHLD), and its children go to init.
    /// </summary>
    private void Terminate(ManagedProcess p, int waitStatus, bool goneFromKernel = false)
    {
        if (!p.IsAlive)
            return;
        if (Sys.Times(p.Endpoint, out TimesReply times) == Status.Ok)
            (p.UserTicks, p.SystemTicks) = ((long)times.UserTicks, (long)times.SystemTicks);
        AskVfs(VfsFromPmProtocol.Exit, p.Endpoint);
        if (!goneFromKernel && WaitStatus.IsExited(waitStatus))
            Sys.EndExited(p.Endpoint, WaitStatus.ExitCode(waitStatus));
        else if (!goneFromKernel)
            Sys.Kill(p.Endpoint, ExitReason.Killed);
        (p.State, p.WaitStatus) = (ProcessState.Zombie, waitStatus);
        (p.Waiting, p.AlarmAt) = (PmWait.None, 0UL);
        if (p.Slot == _initSlot)
        {
            var line = new LogText(stackalloc byte[96]);
            line.Append("init ended (status "u8).Append(waitStatus).Append("): no process adopts orphans any more"u8);
            Log.Write(line.Text);
        }

        foreach (ManagedProcess child in _table)
        {
            if (!child.InUse || child.Parent != p.Slot || child == p)
                continue;
            child.Parent = _initSlot >= 0 ? _initSlot : 0;
            if (child.State == ProcessState.Zombie && _initSlot >= 0)
                ChildEnded(_table[_initSlot], child);
        }

        ManagedProcess parent = _table[p.Parent];
        if (parent.IsAlive && p.Parent != p.Slot)
            ChildEnded(parent, p);
        else
            p.Clear(); // nobody can wait for it
        ArmClock();
    }

    /// <summary>Tells <paramref name="parent"/> of its zombie child: reaped now if it waits for it, else SIGCHLD.</summary>
    private void ChildEnded(ManagedProcess parent, ManagedProcess child)
    {
        if (parent.Waiting == PmWait.Child && Matches(parent, child, parent.WaitPid))
        {
            Answer(parent, Status.Ok, child.Pid, child.WaitStatus);
            Reap(parent, child);
            return;
        }

        Raise(parent, Signal.Child);
    }

    /// <summary>waitpid: a matching zombie is reaped and answered; otherwise the caller waits (or, with WNOHANG, gets 0).</summary>
    private void WaitPid(ManagedProcess p, int pid, int options)
    {
        bool any = false;
        foreach (ManagedProcess child in _table)
        {
            if (!child.InUse || !Matches(p, child, pid))
                continue;
            if (child.State == ProcessState.Zombie)
            {
                Answer(p, Status.Ok, child.Pid, child.WaitStatus);
                Reap(p, child);
                return;
            }

            any = true;
        }

        if (!any)
            Answer(p, Status.NoChildren);
        else if ((options & NoHang) != 0)
            Answer(p, Status.Ok, 0);
        else
            (p.Waiting, p.WaitPid, p.WaitOptions) = (PmWait.Child, pid, options);
    }

    /// <summary>Whether <paramref name="child"/> is one <paramref name="parent"/>'s waitpid(<paramref name="pid"/>) means.</summary>
    private static bool Matches(ManagedProcess parent, ManagedProcess child, int pid) =>
        child.Parent == parent.Slot && child != parent
        && (pid == -1 || (pid > 0 && child.Pid == pid) || (pid == 0 && child.ProcessGroup == parent.ProcessGroup) || (pid < -1 && child.ProcessGroup == -pid));

    private static void Reap(ManagedProcess parent, ManagedProcess child)
    {
        parent.ChildUserTicks += child.UserTicks + child.ChildUserTicks;
        parent.ChildSystemTicks += child.SystemTicks + child.ChildSystemTicks;
        child.Clear();
    }

    /// <summary>
    /// The kernel's reports of deaths PM did not cause: a process that called SYS_EXIT itself, or one the
    /// reincarnation server ended. PM's own terminations are already zombies by then and are skipped.
    /// </summary>
    private void TakeExitReports()
    {
        while (Sys.TakeExitReport(out ExitReport report) == Status.Ok)
        {
            ManagedProcess? p = Find(report.Endpoint);
            if (p is null || p.IsService)
                continue;
            int status = report.Reason == ExitReason.Exited ? WaitStatus.Exited(report.Detail) : WaitStatus.Signaled((int)Signal.Kill, core: false);
            Terminate(p, status, goneFromKernel: true);
        }
    }
}
