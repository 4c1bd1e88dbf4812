namespace Minix.Kernel.Core;

/// <summary>
/// One entry of the process table: identity, scheduling, IPC state and where the kernel leaves a blocked call's
/// result. The kernel preallocates every entry at boot and reuses it, so nothing here is ever freed.
/// </summary>
[KernelInternal]
public sealed class Process
{
    /// <summary>Creates the entry of one slot.</summary>
    /// <param name="slot">The slot (negative for kernel tasks).</param>
    public Process(int slot) => Slot = slot;

    /// <summary>The slot in the process table.</summary>
    public int Slot { get; }

    /// <summary>The current incarnation's endpoint.</summary>
    public Endpoint Endpoint = Endpoint.None;

    /// <summary>The name (from the boot image).</summary>
    public ProcessName Name;

    /// <summary>Why it cannot run, if anything.</summary>
    public ProcessFlags Flags = ProcessFlags.SlotFree;

    /// <summary>Its privileges (shared by all user processes).</summary>
    public PrivilegeSlot? Privileges;

    /// <summary>Ring 3 in its own address space, or ring 0 in the kernel's.</summary>
    public Placement Placement;

    /// <summary>The boot module it runs.</summary>
    public int Module;

    /// <summary>Current scheduling queue (0 highest).</summary>
    public int Priority;

    /// <summary>The queue it returns to when it blocks.</summary>
    public int MaxPriority;

    /// <summary>Clock ticks per turn.</summary>
    public int Quantum;

    /// <summary>Ticks left of the current turn.</summary>
    public int TicksLeft;

    /// <summary>Next process in the same ready queue.</summary>
    public Process? NextReady;

    /// <summary>Ticks run in the process itself.</summary>
    public ulong UserTicks;

    /// <summary>Ticks the kernel spent on its calls.</summary>
    public ulong SystemTicks;

    /// <summary>Whom it is blocked sending to.</summary>
    public Endpoint SendTo;

    /// <summary>Whom it is blocked receiving from.</summary>
    public Endpoint ReceiveFrom;

    /// <summary>Address of its message buffer while blocked in IPC.</summary>
    public ulong MessageAddress;

    /// <summary>True while in the receive half of a SENDREC: no notification may break in, and the partner may always reply.</summary>
    public bool AwaitingReply;

    /// <summary>The primitive it is blocked sending with (SEND or SENDREC).</summary>
    public IpcCall BlockedCall;

    /// <summary>First process blocked sending to this one (FIFO).</summary>
    public Process? FirstCaller;

    /// <summary>Next process in the caller queue it sits in.</summary>
    public Process? NextCaller;

    /// <summary>Address of its grant table in its own memory (0: none), registered with SYS_SETGRANT.</summary>
    public ulong GrantTable;

    /// <summary>Entries in its grant table.</summary>
    public int GrantEntries;

    /// <summary>Signals raised for the process manager that it has not taken yet (bit n: signal n).</summary>
    public ulong KernelSignals;

    /// <summary>Its last fault for the process manager: CPU exception vector (-1: none), instruction and address.</summary>
    public int FaultVector;

    /// <summary>Where its last fault happened.</summary>
    public ulong FaultInstruction;

    /// <summary>The address its last page fault touched.</summary>
    public ulong FaultAddress;

    /// <summary>Its new image is being loaded: the process manager may write its read-only pages (SYS_VIRCOPY).</summary>
    public bool Loading;

    /// <summary>The machine's own state for this slot (on the image, its address space and saved registers), so that finding it costs one load; the kernel itself never reads it.</summary>
    public object? MachineState;

    /// <summary>The result of its last trap, handed back when it next runs.</summary>
    public Status Result;

    /// <summary>For a completed RECEIVE: how the message was delivered.</summary>
    public IpcStatus ResultIpc;

    /// <summary>Whether it is runnable.</summary>
    public bool IsRunnable => Flags == ProcessFlags.None;

    /// <summary>Whether the slot holds a live process.</summary>
    public bool IsAlive => (Flags & (ProcessFlags.SlotFree | ProcessFlags.Exiting)) == 0;

    /// <summary>Whether the slot is free.</summary>
    public bool IsFree => (Flags & ProcessFlags.SlotFree) != 0;

    /// <summary>Whether it is a kernel task.</summary>
    public bool IsTask => Slot < 0;
}
