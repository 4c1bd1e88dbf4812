using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Calls;
using Minix.Kernel.Core;
using Minix.Kernel.Privileges;
using Minix.Posix;

namespace Minix.Servers.Pm;

/// <summary>
/// The process manager (PM, boot slot 0): processes as a user sees them. It gives every user process a pid, a parent,
/// a process group and credentials; forks them and execs programs from the file system into them (through the kernel's
/// SYS_FORK and SYS_EXEC, reading the program through VFS); ends them, keeps the zombie until the parent waits, and
/// hands orphans to init; and it owns signals: what each process does with each signal, the kernel's signals for
/// faults, SIGCHLD, alarms. The protocol is <see cref="ProcessManagerProtocol"/>; it tells VFS of forks, exits and
/// execs with <see cref="VfsFromPmProtocol"/>.
/// </summary>
/// <remarks>
/// <para>
/// PM's table is indexed by kernel slot: a zombie keeps its slot until it is reaped, and PM picks the slot of each
/// fork's child itself, so a slot is never reused while a parent may still wait for it.
/// </para>
/// <para>
/// PM is a core system service, written as one: its tables and buffers are allocated at start-up and it never blocks
/// on a user process (replies go by SENDNB). It calls VFS with SENDREC, which is safe because VFS never sends PM a
/// request.
/// </para>
/// </remarks>
public sealed partial class ProcessManager : Service
{
    /// <summary>Processes one ordinary user may have at once: a fork bomb by a user stops here, and root can still act.</summary>
    public const int MaxProcessesPerUser = 24;

    /// <summary>
    /// How far a program's data may grow (brk), counted from the bottom of user memory: the per-process limit at which a
    /// program's heap stops growing and its next allocation throws OutOfMemoryException. Several such programs fit in
    /// the 256 MiB machine the image tests boot, so one that keeps everything live cannot starve the others.
    /// </summary>
    public const ulong MaxData = 64UL << 20;

    /// <summary>The stack a program gets.</summary>
    public const ulong ProgramStack = 256 * 1024;

    /// <summary>waitpid's WNOHANG.</summary>
    public const int NoHang = 1;

    private readonly ManagedProcess[] _table = new ManagedProcess[Microkernel.ProcessSlots];
    private readonly byte[] _chunk = new byte[64 * 1024];
    private readonly byte[] _frame = new byte[ArgumentFrame.MaxLength];
    private readonly byte[] _path = new byte[1024];
    private readonly ProcessListEntry[] _list = new ProcessListEntry[Microkernel.ProcessSlots];
    private int _nextPid = 2;
    private int _initSlot = -1;
    private int _hz = 100;

    /// <summary>Creates the process manager with an empty table.</summary>
    public ProcessManager()
    {
        for (int i = 0; i < _table.Length; i++)
            _table[i] = new ManagedProcess(i);
    }

    /// <summary>Takes over the boot image's processes: init gets pid 1, the others the next pids in slot order.</summary>
    /// <returns><see cref="Status.Ok"/>.</returns>
    protected override Status OnInitFresh()
    {
        _hz = Math.Max(1, Alarm.Hz());
        for (int pass = 0; pass < 2; pass++)
        {
            for (int slot = 0; slot <= PrivilegeId.MaxBootSlot; slot++)
            {
                if (Sys.GetProcessInfo(new Endpoint(slot), out ProcessInfo info) != Status.Ok || info.Endpoint.Slot != slot)
                    continue;
                bool init = ProcessName.Bytes(info.Name).SequenceEqual("init"u8);
                if (init != (pass == 0))
                    continue;
                ManagedProcess p = _table[slot];
                p.Clear();
                (p.State, p.Endpoint, p.Name) = (ProcessState.Alive, info.Endpoint, info.Name);
                p.Pid = init ? 1 : _nextPid++;
                p.ProcessGroup = p.Session = p.Pid;
                p.IsService = info.PrivilegeId != PrivilegeId.User;
                if (init)
                    _initSlot = slot;
            }
        }

        foreach (ManagedProcess p in _table)
            p.Parent = p.InUse ? Math.Max(_initSlot, 0) : 0;
        var line = new LogText(stackalloc byte[96]);
        line.Append("managing "u8).Append(CountAlive(userOnly: true)).Append(" user processes"u8).Append(_initSlot < 0 ? ", no init"u8 : default);
        Log.Write(line.Text);
        return Status.Ok;
    }

    /// <summary>Dispatches one request of the <see cref="ProcessManagerProtocol"/>.</summary>
    /// <param name="message">The request.</param>
    /// <param name="how">How it was delivered.</param>
    protected override void OnRequest(ref Message message, IpcStatus how)
    {
        ManagedProcess? p = Find(message.Source);
        if (p is null || p.IsService)
        {
            // Only the processes PM manages make process calls; anything else is told so rather than left waiting.
            OnOtherMessage(ref message, how);
            return;
        }

        ProcessRequest r = message.Payload<ProcessRequest>();
        switch (message.Type)
        {
            case ProcessManagerProtocol.Exit:
                Terminate(p, WaitStatus.Exited((int)r.Number));
                return;
            case ProcessManagerProtocol.Fork:
                Fork(p);
                return;
            case ProcessManagerProtocol.Exec:
                Exec(p, message.Payload<ExecProgramRequest>());
                return;
            case ProcessManagerProtocol.WaitPid:
                WaitPid(p, r.Pid, (int)r.Number);
                return;
            case ProcessManagerProtocol.Kill:
                Kill(p, r.Pid, r.Signal);
                return;
            case ProcessManagerProtocol.SignalAction:
                SignalAction(p, message.Payload<SignalActionRequest>());
                return;
            case ProcessManagerProtocol.SignalMask:
                SignalMask(p, (int)r.Number, r.Mask);
                return;
            case ProcessManagerProtocol.SignalSuspend:
                SignalSuspend(p, r.Mask);
                return;
            case ProcessManagerProtocol.SignalReturn:
                SignalReturn(p, r.Address);
                return;
            case ProcessManagerProtocol.SignalPending:
                Answer(p, Status.Ok, (long)(p.Pending & p.Mask));
                return;
            case ProcessManagerProtocol.Alarm:
                SetAlarmFor(p, r.Number);
                return;
            case ProcessManagerProtocol.Sleep:
                Sleep(p, r.Number);
                return;
            default:
                OnIdentityRequest(p, ref message, r);
                return;
        }
    }

    /// <summary>The kernel's notifications: deaths (exit reports) and signals for the processes PM manages.</summary>
    /// <param name="message">The message.</param>
    /// <param name="how">How it was delivered.</param>
    protected override void OnOtherMessage(ref Message message, IpcStatus how)
    {
        if (how.IsNotify && message.Source == Endpoint.System)
        {
            ulong bits = message.Payload<NotifyPayload>().Signals;
            if ((bits & KernelSignalBits.ExitReports) != 0)
                TakeExitReports();
            if ((bits & KernelSignalBits.Signals) != 0)
                TakeKernelSignals();
            return;
        }

        base.OnOtherMessage(ref message, how);
    }

    /// <summary>The live process (or zombie) an endpoint names, if PM has it.</summary>
    private ManagedProcess? Find(Endpoint endpoint)
    {
        int slot = endpoint.Slot;
        if ((uint)slot >= (uint)_table.Length)
            return null;
        ManagedProcess p = _table[slot];
        return p.IsAlive && p.Endpoint == endpoint ? p : null;
    }

    /// <summary>The process with pid <paramref name="pid"/> (live or zombie), if any.</summary>
    private ManagedProcess? ByPid(int pid)
    {
        foreach (ManagedProcess p in _table)
        {
            if (p.InUse && p.Pid == pid)
                return p;
        }

        return null;
    }

    /// <summary>Answers a process's call with a status and up to three values, and notes it no longer waits in PM.</summary>
    private static void Answer(ManagedProcess p, Status status, long value = 0, long second = 0, long third = 0)
    {
        p.Waiting = PmWait.None;
        var reply = Message.Create((int)status, new ProcessManagerReply { Value = value, Second = second, Third = third });
        Messaging.SendNb(p.Endpoint, ref reply);
    }

    private int CountAlive(bool userOnly, int userId = -1)
    {
        int count = 0;
        foreach (ManagedProcess p in _table)
        {
            if (p.IsAlive && !(userOnly && p.IsService) && (userId < 0 || p.RealUserId == userId))
                count++;
        }

        return count;
    }

    /// <summary>Sends VFS one of PM's requests about <paramref name="process"/> and waits for its answer.</summary>
    private static int AskVfs(int type, Endpoint process)
    {
        var m = Message.Create(type, new VfsProcessRequest { Process = process });
        Status ipc = Messaging.SendRec(Endpoint.FileSystem, ref m);
        return ipc != Status.Ok ? (int)ipc : m.Type < 0 ? m.Type : m.Payload<VfsPmReply>().Result;
    }

    /// <summary>Sends VFS a request with its own payload and waits for its answer.</summary>
    private static VfsPmReply AskVfs<T>(int type, in T payload)
        where T : unmanaged, IMessagePayload
    {
        var m = Message.Create(type, payload);
        Status ipc = Messaging.SendRec(Endpoint.FileSystem, ref m);
        if (ipc != Status.Ok || m.Type < 0)
            return new VfsPmReply { Result = ipc != Status.Ok ? (int)ipc : m.Type };
        return m.Payload<VfsPmReply>();
    }
}
