namespace Minix.Kernel.Core;

/// <summary>
/// The microkernel: the process table, privileges, IPC, scheduling, clock, interrupts and kernel calls. The arch
/// layer (or the host simulator) calls its entry points on each trap, interrupt or fault and then resumes
/// <see cref="PickNext"/>. Nothing in here blocks, allocates after boot, or trusts a value a process supplies.
/// </summary>
[KernelInternal]
public sealed partial class Microkernel
{
    /// <summary>Process slots for ordinary processes (slots 0 .. <see cref="ProcessSlots"/> - 1).</summary>
    public const int ProcessSlots = 128;

    /// <summary>Kernel tasks, in slots -4 .. -1.</summary>
    public const int TaskCount = PrivilegeId.TaskCount;

    private readonly Process[] _table = new Process[TaskCount + ProcessSlots];
    private readonly int[] _generations = new int[ProcessSlots];
    private readonly PrivilegeSlot[] _privileges = new PrivilegeSlot[Limits.PrivilegeIds];
    private int _bootProcesses;
    private BootImageEntry[] _bootImage = [];

    /// <summary>Creates a kernel over <paramref name="machine"/> with the clock at <paramref name="hz"/> ticks a second.</summary>
    /// <param name="machine">The hardware.</param>
    /// <param name="hz">Clock ticks per second.</param>
    public Microkernel(Machine machine, int hz)
    {
        Machine = machine;
        Hz = hz;
        for (int i = 0; i < _table.Length; i++)
            _table[i] = new Process(i - TaskCount);
        for (int i = 0; i < _privileges.Length; i++)
            _privileges[i] = new PrivilegeSlot(i);
        for (int i = 0; i < TaskCount; i++)
        {
            Process task = _table[i];
            task.Endpoint = new Endpoint(task.Slot);
            task.Name = ProcessName.FromUtf8(i switch { 0 => "idle"u8, 1 => "clock"u8, 2 => "system"u8, _ => "hardware"u8 });
            // Only idle runs: the other tasks never run as processes, their work happens inside the kernel's entry points.
            task.Flags = task == IdleTask ? ProcessFlags.None : ProcessFlags.NoPrivileges;
            _privileges[PrivilegeId.Static(task.Endpoint)].Take(task, new Privilege { Flags = PrivilegeFlags.SystemProcess });
        }

        PrivilegeSlot user = _privileges[PrivilegeId.User];
        user.InUse = true;
        user.Rights = Privilege.User(PrivilegeId.User, 0);
    }

    /// <summary>The hardware.</summary>
    public Machine Machine { get; }

    /// <summary>Clock ticks per second.</summary>
    public int Hz { get; }

    /// <summary>The idle task: what runs when nothing else can.</summary>
    public Process IdleTask => _table[0];

    /// <summary>The clock task: sender of alarm notifications.</summary>
    public Process ClockTask => _table[1];

    /// <summary>The system task: sender of kernel-signal notifications and replies to kernel calls.</summary>
    public Process SystemTask => _table[2];

    /// <summary>The hardware task: sender of interrupt notifications.</summary>
    public Process HardwareTask => _table[3];

    /// <summary>The process table entry of a slot (-4 .. 63).</summary>
    /// <param name="slot">The slot.</param>
    /// <returns>The entry.</returns>
    public Process ProcessAt(int slot) => _table[slot + TaskCount];

    /// <summary>
    /// The live process an endpoint names, generation included (MINIX's <c>isokendpt</c>).
    /// </summary>
    /// <param name="endpoint">The endpoint.</param>
    /// <param name="process">The process, if alive.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.BadEndpoint"/> for a value that cannot name a slot,
    /// <see cref="Status.DeadEndpoint"/> for a dead or older incarnation.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public Status Find(Endpoint endpoint, out Process process)
    {
        process = IdleTask;
        // ANY, NONE and SELF are slots far above ProcessSlots with generation 0, so the slot range excludes them too.
        if (endpoint.Slot < -TaskCount || endpoint.Slot >= ProcessSlots || endpoint.Generation < 0)
            return Status.BadEndpoint;
        Process candidate = ProcessAt(endpoint.Slot);
        if (!candidate.IsAlive || candidate.Endpoint != endpoint)
            return Status.DeadEndpoint;
        process = candidate;
        return Status.Ok;
    }

    /// <summary>The privilege entry of an id.</summary>
    /// <param name="id">0 .. 63.</param>
    /// <returns>The entry.</returns>
    public PrivilegeSlot PrivilegeAt(int id) => _privileges[id];

    /// <summary>Starts every process of the boot image with the privileges the image gives it.</summary>
    /// <param name="image">The boot-image table.</param>
    /// <returns><see cref="Status.Ok"/>, or why a process could not start (the boot then fails).</returns>
    public Status Boot(ReadOnlySpan<BootImageEntry> image)
    {
        _bootImage = image.ToArray();
        for (int i = 0; i < image.Length; i++)
        {
            ref readonly BootImageEntry entry = ref image[i];
            int slot = entry.Endpoint.Slot;
            if (entry.Endpoint.Generation != 0 || slot < 0 || slot > PrivilegeId.MaxBootSlot || !ProcessAt(slot).IsFree)
                return Status.InvalidArgument;
            Process process = ProcessAt(slot);
            Status status = Create(process, generation: 0, entry.Module, entry.Priority, entry.Quantum, entry.Placement);
            if (status != Status.Ok)
                return status;
            process.Name = entry.Name;
            if ((entry.Privilege.Flags & PrivilegeFlags.SystemProcess) != 0)
            {
                _privileges[PrivilegeId.Static(process.Endpoint)].Take(process, entry.Privilege);
            }
            else
            {
                process.Privileges = _privileges[PrivilegeId.User];
                process.Privileges.Rights.SendMask |= entry.Privilege.SendMask;
            }

            process.Flags &= ~ProcessFlags.NoPrivileges;
            Ready(process);
            _bootProcesses++;
        }

        return Status.Ok;
    }

    /// <summary>
    /// The generation a new incarnation in <paramref name="slot"/> gets: never one an earlier incarnation had, so an
    /// old endpoint value can never name a new process. A slot that has used every generation is retired (-1): it
    /// does not wrap, as MINIX's does.
    /// </summary>
    private int NextGeneration(int slot) => _generations[slot] < Endpoint.MaxGeneration ? _generations[slot] + 1 : -1;

    /// <summary>Fills a free slot with a new incarnation running <paramref name="module"/>, blocked without privileges.</summary>
    private Status Create(Process process, int generation, int module, int priority, int quantum, Placement placement)
    {
        if ((uint)module >= (uint)Machine.ModuleCount || (uint)priority >= ReadyQueues || quantum < 1 || quantum > MaxQuantum)
            return Status.InvalidArgument;
        Initialize(process, generation, module, priority, quantum, placement);
        return Keep(process, Machine.Load(process, module));
    }

    /// <summary>The table entry of a new incarnation, blocked without privileges and with no memory yet.</summary>
    private static void Initialize(Process process, int generation, int module, int priority, int quantum, Placement placement)
    {
        process.Endpoint = Endpoint.Create(generation, process.Slot);
        process.Module = module;
        process.Priority = process.MaxPriority = priority;
        process.Quantum = process.TicksLeft = quantum;
        process.Placement = placement;
        process.UserTicks = process.SystemTicks = process.KernelSignals = 0;
        process.SendTo = process.ReceiveFrom = Endpoint.None;
        process.FirstCaller = process.NextCaller = process.NextReady = null;
        process.AwaitingReply = process.Loading = false;
        process.Privileges = null;
        (process.GrantTable, process.GrantEntries) = (0, 0);
        process.FaultVector = -1;
        process.Result = Status.Ok;
        process.Flags = ProcessFlags.NoPrivileges;
    }

    /// <summary>
    /// Keeps a new incarnation once the machine has given it memory (<paramref name="status"/> is the machine's answer),
    /// or empties its slot again.
    /// </summary>
    private Status Keep(Process process, Status status)
    {
        if (status == Status.Ok)
            _generations[process.Slot] = process.Endpoint.Generation;
        else
            Vacate(process);
        return status;
    }

    /// <summary>Empties a slot: what a failed creation and a death leave behind.</summary>
    private static void Vacate(Process process)
    {
        process.Privileges = null;
        process.Flags = ProcessFlags.SlotFree;
        process.Endpoint = Endpoint.None;
    }

    /// <summary>The slot a spawn or fork asked for (-1: the first free one above the boot slots), free and not retired.</summary>
    private Status TakeSlot(int requested, int lowest, out int slot)
    {
        if (requested == -1)
        {
            for (slot = PrivilegeId.MaxBootSlot + 1; slot < ProcessSlots; slot++)
            {
                if (ProcessAt(slot).IsFree && NextGeneration(slot) > 0)
                    return Status.Ok;
            }

            return Status.NoSpace;
        }

        slot = requested;
        if (slot < lowest || slot >= ProcessSlots)
            return Status.InvalidArgument;
        return !ProcessAt(slot).IsFree ? Status.Busy : NextGeneration(slot) < 0 ? Status.SlotRetired : Status.Ok;
    }

    /// <summary>The process <paramref name="endpoint"/> names, or the caller itself for <see cref="Endpoint.Self"/>.</summary>
    private Status FindOrSelf(Process caller, Endpoint endpoint, out Process process)
    {
        process = caller;
        return endpoint == Endpoint.Self ? Status.Ok : Find(endpoint, out process);
    }

    /// <summary>
    /// The process <paramref name="endpoint"/> names, if <paramref name="caller"/> is its process manager (or, where
    /// <paramref name="allowSelf"/>, the caller itself by <see cref="Endpoint.Self"/>).
    /// </summary>
    private Status FindManaged(Process caller, Endpoint endpoint, out Process process, bool allowSelf = false)
    {
        process = caller;
        if (allowSelf && endpoint == Endpoint.Self)
            return Status.Ok;
        Status status = Find(endpoint, out process);
        return status != Status.Ok ? status : SignalManagerOf(process) == caller ? Status.Ok : Status.PermissionDenied;
    }

    /// <summary>
    /// A process <paramref name="caller"/> manages that is blocked waiting for its reply (to a fork, exec or
    /// sigreturn request); <see cref="Status.Busy"/> if it is not waiting.
    /// </summary>
    private Status FindWaiting(Process caller, Endpoint endpoint, out Process process)
    {
        Status status = FindManaged(caller, endpoint, out process);
        bool waits = (process.Flags & ProcessFlags.Receiving) != 0 && process.ReceiveFrom == caller.Endpoint;
        return status != Status.Ok || waits ? status : Status.Busy;
    }

    /// <summary>Takes a process out of the IPC call it is blocked in; it returns <see cref="Status.Interrupted"/>.</summary>
    private void Interrupt(Process process)
    {
        StopSending(process);
        process.Result = Status.Interrupted;
        Unblock(process);
    }
}
