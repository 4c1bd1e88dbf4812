using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Boot;
using Minix.Kernel.Calls;
using Minix.Posix;

namespace Minix.Servers.Pm;

public sealed partial class ProcessManager
{
    /// <summary>The calls that read or set what a process is: ids, groups and sessions, credentials, memory, times, the process list, reboot.</summary>
    private void OnIdentityRequest(ManagedProcess p, ref Message message, in ProcessRequest r)
    {
        switch (message.Type)
        {
            case ProcessManagerProtocol.GetIdentity:
                var identity = Message.Create((int)Status.Ok, new ProcessIdentity
                {
                    Pid = p.Pid, ParentPid = _table[p.Parent].Pid, ProcessGroup = p.ProcessGroup, Session = p.Session,
                    UserId = p.RealUserId, EffectiveUserId = p.EffectiveUserId, GroupId = p.RealGroupId, EffectiveGroupId = p.EffectiveGroupId,
                });
                Messaging.SendNb(p.Endpoint, ref identity);
                return;
            case ProcessManagerProtocol.SetProcessGroup:
                Answer(p, SetProcessGroup(p, r.Pid, (int)r.Number));
                return;
            case ProcessManagerProtocol.SetSession:
                if (p.ProcessGroup == p.Pid)
                {
                    Answer(p, Status.PermissionDenied);
                    return;
                }

                (p.Session, p.ProcessGroup) = (p.Pid, p.Pid);
                Answer(p, Status.Ok, p.Pid);
                return;
            case ProcessManagerProtocol.SetUserId:
            case ProcessManagerProtocol.SetGroupId:
                Answer(p, SetIds(p, (int)r.Number, groups: message.Type == ProcessManagerProtocol.SetGroupId));
                return;
            case ProcessManagerProtocol.Brk:
                Brk(p, r.Address);
                return;
            case ProcessManagerProtocol.Reboot:
                Reboot(p, (RebootHow)r.Number);
                return;
            case ProcessManagerProtocol.Times:
                Sys.Times(p.Endpoint, out TimesReply times);
                var reply = Message.Create((int)Status.Ok, new ProcessTimes
                {
                    User = (long)times.UserTicks, System = (long)times.SystemTicks, ChildrenUser = p.ChildUserTicks,
                    ChildrenSystem = p.ChildSystemTicks, Uptime = (long)times.Uptime, Hz = _hz,
                });
                Messaging.SendNb(p.Endpoint, ref reply);
                return;
            case ProcessManagerProtocol.Time:
                long seconds = Clock.Now(_hz, out long nanoseconds);
                Answer(p, Status.Ok, seconds, nanoseconds);
                return;
            case ProcessManagerProtocol.ProcessList:
                long listed = ListProcesses(p, r.Address, (int)Math.Clamp(r.Number, 0, _list.Length));
                Answer(p, listed < 0 ? (Status)listed : Status.Ok, Math.Max(listed, 0));
                return;
            default:
                Answer(p, Status.BadRequest);
                return;
        }
    }

    /// <summary>setpgid: the caller or one of its children, into a group of its session (or a new group of its own).</summary>
    private Status SetProcessGroup(ManagedProcess caller, int pid, int group)
    {
        ManagedProcess? target = pid == 0 ? caller : ByPid(pid);
        if (target is null || !target.IsAlive || (target != caller && target.Parent != caller.Slot))
            return Status.NoSuchProcess;
        if (group < 0)
            return Status.InvalidArgument;
        group = group == 0 ? target.Pid : group;
        if (target.Session != caller.Session || target.Session == target.Pid)
            return Status.PermissionDenied;
        bool exists = group == target.Pid;
        foreach (ManagedProcess q in _table)
            exists |= q.IsAlive && q.ProcessGroup == group && q.Session == caller.Session;
        if (!exists)
            return Status.PermissionDenied;
        target.ProcessGroup = group;
        return Status.Ok;
    }

    /// <summary>setuid/setgid: root sets real and effective; anyone else may only set the effective id back to the real one.</summary>
    private static Status SetIds(ManagedProcess p, int id, bool groups)
    {
        if (id < 0)
            return Status.InvalidArgument;
        if (p.EffectiveUserId == 0)
        {
            if (groups)
                (p.RealGroupId, p.EffectiveGroupId) = (id, id);
            else
                (p.RealUserId, p.EffectiveUserId) = (id, id);
        }
        else if (id == (groups ? p.RealGroupId : p.RealUserId))
        {
            if (groups)
                p.EffectiveGroupId = id;
            else
                p.EffectiveUserId = id;
        }
        else
        {
            return Status.PermissionDenied;
        }

        return TellVfsIds(p);
    }

    private static Status TellVfsIds(ManagedProcess p)
    {
        VfsPmReply vfs = AskVfs(VfsFromPmProtocol.SetIds, new VfsSetIdsRequest
        {
            Process = p.Endpoint, RealUserId = p.RealUserId, EffectiveUserId = p.EffectiveUserId, RealGroupId = p.RealGroupId, EffectiveGroupId = p.EffectiveGroupId,
        });
        return vfs.Result < 0 ? (Status)vfs.Result : Status.Ok;
    }

    /// <summary>brk: grows the data to <paramref name="end"/> (0 asks), up to <see cref="MaxData"/> past the bottom of user memory.</summary>
    private static void Brk(ManagedProcess p, ulong end)
    {
        if (end > MemoryLayout.UserBase + MaxData)
        {
            Answer(p, Status.OutOfMemory, (long)p.Break);
            return;
        }

        Status status = Sys.Brk(p.Endpoint, end, out ulong actual);
        p.Break = actual;
        Answer(p, status, (long)actual);
    }

    /// <summary>reboot: root only; VFS syncs and unmounts every file system, then the machine stops.</summary>
    private void Reboot(ManagedProcess p, RebootHow how)
    {
        if (p.EffectiveUserId != 0 || how is not (RebootHow.Halt or RebootHow.Reboot))
        {
            Answer(p, p.EffectiveUserId != 0 ? Status.PermissionDenied : Status.InvalidArgument);
            return;
        }

        var vfs = new Message(VfsFromPmProtocol.Reboot);
        Status synced = Messaging.SendRec(Endpoint.FileSystem, ref vfs);
        var line = new LogText(stackalloc byte[96]);
        line.Append(how == RebootHow.Halt ? "halt"u8 : "reboot"u8).Append(" by pid "u8).Append(p.Pid).Append(synced == Status.Ok && vfs.Type >= 0 ? ": file systems synced and unmounted"u8 : ": the file systems could not be synced"u8);
        Log.Write(line.Text);
        Sys.Abort(how == RebootHow.Halt ? 0 : RebootStatus);
    }

    /// <summary>The status the machine stops with for a reboot (under QEMU, where nothing restarts it).</summary>
    public const int RebootStatus = 2;

    /// <summary>Writes up to <paramref name="capacity"/> entries of the process table into the caller, for ps.</summary>
    private long ListProcesses(ManagedProcess caller, ulong address, int capacity)
    {
        int n = 0;
        foreach (ManagedProcess p in _table)
        {
            if (!p.InUse || n >= capacity)
                continue;
            ulong ticks = Sys.Times(p.Endpoint, out TimesReply times) == Status.Ok ? times.UserTicks + times.SystemTicks : (ulong)(p.UserTicks + p.SystemTicks);
            _list[n++] = new ProcessListEntry
            {
                Pid = p.Pid, ParentPid = _table[p.Parent].Pid, ProcessGroup = p.ProcessGroup, UserId = p.RealUserId, Endpoint = p.Endpoint.Value,
                State = p.State == ProcessState.Zombie ? 'Z' : p.Waiting != PmWait.None || !IsRunnable(p) ? 'S' : 'R', Ticks = (long)ticks, Name = p.Name,
            };
        }

        unsafe
        {
            fixed (ProcessListEntry* entries = _list)
            {
                Status status = Sys.VirCopy(Endpoint.Self, (ulong)entries, caller.Endpoint, address, (ulong)(n * sizeof(ProcessListEntry)));
                return status == Status.Ok ? n : (long)status;
            }
        }
    }

    private static bool IsRunnable(ManagedProcess p) => Sys.GetProcessInfo(p.Endpoint, out ProcessInfo info) == Status.Ok && info.Flags == 0;
}
