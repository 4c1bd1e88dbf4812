using Minix.Ipc;
using Minix.Kernel.Boot;
using Minix.Kernel.Privileges;

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
        InitTasks();
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
    public Status Find(Endpoint endpoint, out Process process)
    {
        process = IdleTask;
        int slot = endpoint.Slot;
        if (endpoint.IsSpecial || slot < -TaskCount || slot >= ProcessSlots || endpoint.Generation < 0)
            return Status.BadEndpoint;
        Process candidate = ProcessAt(slot);
        if (!candidate.IsAlive || candidate.Endpoint != endpoint)
            return Status.DeadEndpoint;
        process = candidate;
        return Status.Ok;
    }

    /// <summary>The privilege entry of an id.</summary>
    /// <param name="id">0 .. 63.</param>
    /// <returns>The entry.</returns>
    public PrivilegeSlot PrivilegeAt(int id) => _privileges[id];

    private void InitTasks()
    {
        for (int i = 0; i < TaskCount; i++)
        {
            Process task = _table[i];
            task.Endpoint = new Endpoint(task.Slot);
            task.Flags = ProcessFlags.None;
            PrivilegeSlot privileges = _privileges[PrivilegeId.Static(task.Endpoint)];
            privileges.InUse = true;
            privileges.Owner = task;
            privileges.Rights = new Privilege { Id = (byte)privileges.Id, Flags = PrivilegeFlags.SystemProcess };
            task.Privileges = privileges;
        }

        IdleTask.Name = ProcessName.FromUtf8("idle"u8);
        ClockTask.Name = ProcessName.FromUtf8("clock"u8);
        SystemTask.Name = ProcessName.FromUtf8("system"u8);
        HardwareTask.Name = ProcessName.FromUtf8("hardware"u8);

        // Tasks never run as processes here: their work happens inside the kernel's entry points.
        ClockTask.Flags = SystemTask.Flags = HardwareTask.Flags = ProcessFlags.NoPrivileges;
        PrivilegeSlot user = _privileges[PrivilegeId.User];
        user.InUse = true;
        user.Rights = Privilege.User(PrivilegeId.User, 0);
    }

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
                PrivilegeSlot own = _privileges[PrivilegeId.Static(process.Endpoint)];
                own.InUse = true;
                own.Owner = process;
                own.Rights = entry.Privilege;
                own.Rights.Id = (byte)own.Id;
                own.Rights.GrantTable = 0;
                own.Rights.GrantEntries = 0;
                process.Privileges = own;
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
        if ((uint)module >= (uint)Machine.ModuleCount || (uint)priority >= Scheduler.Queues || quantum < 1 || quantum > Scheduler.MaxQuantum)
            return Status.InvalidArgument;
        process.Endpoint = Endpoint.Create(generation, process.Slot);
        process.Module = module;
        process.Priority = process.MaxPriority = priority;
        process.Quantum = process.TicksLeft = quantum;
        process.Placement = placement;
        process.UserTicks = process.SystemTicks = 0;
        process.SendTo = process.ReceiveFrom = Endpoint.None;
        process.FirstCaller = process.NextCaller = process.NextReady = null;
        process.AwaitingReply = false;
        process.Privileges = null;
        process.GrantTable = 0;
        process.GrantEntries = 0;
        process.Result = Status.Ok;
        process.Flags = ProcessFlags.NoPrivileges;
        Status status = Machine.Load(process, module);
        if (status != Status.Ok)
        {
            process.Flags = ProcessFlags.SlotFree;
            process.Endpoint = Endpoint.None;
            return status;
        }

        _generations[process.Slot] = generation;
        return Status.Ok;
    }
}
