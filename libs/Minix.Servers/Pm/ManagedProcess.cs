using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Calls;

namespace Minix.Servers.Pm;

/// <summary>What a process-table slot of the process manager holds (MINIX's mproc).</summary>
internal enum ProcessState
{
    /// <summary>Unused.</summary>
    Free,

    /// <summary>A live process.</summary>
    Alive,

    /// <summary>Ended; its parent has not waited for it yet.</summary>
    Zombie,
}

/// <summary>Why a live process is waiting for the process manager's reply, if it is.</summary>
internal enum PmWait
{
    /// <summary>Not waiting in a PM call (it may be running, or waiting elsewhere).</summary>
    None,

    /// <summary>In waitpid, for <see cref="ManagedProcess.WaitPid"/>.</summary>
    Child,

    /// <summary>In sigsuspend.</summary>
    Signal,

    /// <summary>In sleep, until <see cref="ManagedProcess.WakeAt"/>.</summary>
    Sleep,
}

/// <summary>
/// One process as the process manager sees it: ids, parent, process group and session, credentials, what it is waiting
/// for, its signal state (mask, pending set, one action per signal) and its timers. The slot is the process's kernel
/// slot, so a zombie keeps its slot until it is reaped and fork never puts a child there.
/// </summary>
internal sealed class ManagedProcess
{
    /// <summary>How many signals there are (bit n of a mask is signal n; bit 0 is unused).</summary>
    public const int Signals = 64;

    public ManagedProcess(int slot) => Slot = slot;

    /// <summary>The kernel slot.</summary>
    public int Slot { get; }

    public ProcessState State;

    public Endpoint Endpoint;

    public ProcessName Name;

    public int Pid;

    /// <summary>The parent's slot (init's for an orphan).</summary>
    public int Parent;

    public int ProcessGroup;

    public int Session;

    public int RealUserId;

    public int EffectiveUserId;

    public int RealGroupId;

    public int EffectiveGroupId;

    /// <summary>A system service PM lists but does not manage (no fork, exec or signals).</summary>
    public bool IsService;

    /// <summary>For a zombie: the wait status its parent will get.</summary>
    public int WaitStatus;

    public PmWait Waiting;

    /// <summary>waitpid's pid argument while <see cref="Waiting"/> is <see cref="PmWait.Child"/>.</summary>
    public int WaitPid;

    /// <summary>waitpid's options.</summary>
    public int WaitOptions;

    /// <summary>Blocked signals.</summary>
    public ulong Mask;

    /// <summary>The mask to restore when a sigsuspend ends.</summary>
    public ulong SavedMask;

    /// <summary>Signals raised and not yet acted on (blocked ones, or ones waiting for the process to be free).</summary>
    public ulong Pending;

    /// <summary>The program's signal entry (0 until it sets a handler).</summary>
    public ulong SignalEntry;

    /// <summary>Where the program's source map is (from its ELF file), for naming the C# line of a fault; 0 if it has none.</summary>
    public ulong SourceMap;

    /// <summary>Per signal: handler address, or SIG_DFL (0) or SIG_IGN (1).</summary>
    public readonly ulong[] Handlers = new ulong[Signals];

    /// <summary>Per signal: what its handler blocks.</summary>
    public readonly ulong[] HandlerMasks = new ulong[Signals];

    /// <summary>Per signal: sigaction flags.</summary>
    public readonly int[] HandlerFlags = new int[Signals];

    /// <summary>Uptime tick at which its alarm goes off (0: none).</summary>
    public ulong AlarmAt;

    /// <summary>Uptime tick at which its sleep ends.</summary>
    public ulong WakeAt;

    /// <summary>The end of its data (brk), 0 until asked.</summary>
    public ulong Break;

    /// <summary>Ticks its waited-for children ran, user and system.</summary>
    public long ChildUserTicks;

    public long ChildSystemTicks;

    /// <summary>Ticks it ran, recorded when it became a zombie.</summary>
    public long UserTicks;

    public long SystemTicks;

    public bool IsAlive => State == ProcessState.Alive;

    public bool InUse => State != ProcessState.Free;

    /// <summary>Resets the slot for a new process.</summary>
    public void Clear()
    {
        State = ProcessState.Free;
        Endpoint = Endpoint.None;
        Name = default;
        Pid = Parent = ProcessGroup = Session = 0;
        RealUserId = EffectiveUserId = RealGroupId = EffectiveGroupId = 0;
        IsService = false;
        WaitStatus = WaitPid = WaitOptions = 0;
        Waiting = PmWait.None;
        Mask = SavedMask = Pending = 0;
        SignalEntry = SourceMap = AlarmAt = WakeAt = Break = 0;
        ChildUserTicks = ChildSystemTicks = UserTicks = SystemTicks = 0;
        ResetHandlers(keepIgnored: false);
    }

    /// <summary>Every caught signal back to its default (exec); ignored ones stay ignored unless <paramref name="keepIgnored"/> is false.</summary>
    public void ResetHandlers(bool keepIgnored)
    {
        for (int s = 0; s < Signals; s++)
        {
            if (!keepIgnored || Handlers[s] != Posix.SignalHandlers.Ignore)
                Handlers[s] = Posix.SignalHandlers.Default;
            HandlerMasks[s] = 0;
            HandlerFlags[s] = 0;
        }
    }

    /// <summary>Bit of signal <paramref name="signal"/> in a mask.</summary>
    public static ulong Bit(Signal signal) => 1UL << (int)signal;
}
