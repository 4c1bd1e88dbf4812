using Minix.DriverKit.Testing.Devices;
using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Boot;
using Minix.Kernel.Calls;
using Minix.Kernel.Configuration;
using Minix.Kernel.Core;

namespace Minix.DriverKit.Testing;

/// <summary>
/// A simulated MINIX machine for host tests: the real Minix# kernel over simulated devices, with each process a host
/// thread. Exactly one process runs at a time (it holds the machine's baton) and the kernel's scheduler decides who
/// is next, so a run is deterministic; virtual time advances only when every process waits, straight to the next
/// alarm or device event. Processes that throw or fault end as on the image, and the reincarnation server can
/// restart them.
/// </summary>
public sealed class SimulatedSystem : IDisposable
{
    private readonly SimulatedProcess?[] _processes = new SimulatedProcess?[Microkernel.ProcessSlots];
    private readonly List<string> _transcript = new();
    private readonly List<TraceEvent> _trace = new();
    private readonly ManualResetEventSlim _stopped = new(false);
    private readonly Random? _random;
    private Func<bool>? _until;
    private long _entries;
    private long _runEntries;
    private ulong _tickLimit;
    private bool _booted;

    /// <summary>Creates a machine.</summary>
    /// <param name="options">Its settings (defaults if null).</param>
    public SimulatedSystem(SimulationOptions? options = null)
    {
        Options = options ?? new SimulationOptions();
        Kernel = new Microkernel(new SimulatedMachine(this), Options.Hz);
        _random = Options.Seed != 0 ? new Random(Options.Seed) : null;
    }

    /// <summary>The settings.</summary>
    public SimulationOptions Options { get; }

    /// <summary>The kernel (the same code that runs on the image).</summary>
    public Microkernel Kernel { get; }

    /// <summary>The I/O bus; add devices before booting.</summary>
    public IoBus Bus { get; } = new();

    /// <summary>Every line the kernel logged (including what processes printed with SYS_DIAGCTL).</summary>
    public IReadOnlyList<string> Transcript
    {
        get
        {
            lock (_transcript)
                return _transcript.ToArray();
        }
    }

    /// <summary>Every IPC and kernel call, interrupt and death, in order.</summary>
    public IReadOnlyList<TraceEvent> Trace
    {
        get
        {
            lock (_trace)
                return _trace.ToArray();
        }
    }

    /// <summary>The status the machine was shut down with, if it was.</summary>
    public int? ShutdownStatus { get; private set; }

    internal List<SimulatedProgram> Modules { get; } = new();

    internal List<SimulatedBootModule> DataModules { get; } = new();

    internal InterruptLines Interrupts { get; } = new();

    /// <summary>Adds a device to the bus.</summary>
    /// <param name="device">The device.</param>
    /// <returns>The device, for chaining.</returns>
    /// <typeparam name="T">The device type.</typeparam>
    public T AddDevice<T>(T device)
        where T : SimulatedDevice
    {
        Bus.Add(device);
        device.Attach(Interrupts.Raise);
        return device;
    }

    /// <summary>Adds a program the reincarnation server can start later (boot processes' programs are added by <see cref="Boot"/>).</summary>
    /// <param name="program">The program.</param>
    /// <returns>Its module index.</returns>
    public int AddProgram(SimulatedProgram program)
    {
        int existing = Modules.FindIndex(m => m.Name == program.Name);
        if (existing >= 0)
            return existing;
        Modules.Add(program);
        return Modules.Count - 1;
    }

    /// <summary>
    /// Adds a boot data module (as an image project's <c>MinixBootModule</c> item does): memory a service whose
    /// system.conf grants it with <c>mem NAME;</c> maps with SYS_MAPPHYS, and which keeps its bytes when the service
    /// restarts. Add modules before booting.
    /// </summary>
    /// <param name="name">The module's name.</param>
    /// <param name="contents">Its initial bytes (the module is this long, rounded up to whole pages).</param>
    /// <returns>The module, whose bytes the test can read and change.</returns>
    public SimulatedBootModule AddBootModule(string name, ReadOnlySpan<byte> contents)
    {
        if (_booted)
            throw new InvalidOperationException("add boot data modules before booting");
        if (DataModules.Any(m => m.Name == name))
            throw new ArgumentException("boot data module '" + name + "' is added twice", nameof(name));
        var module = new SimulatedBootModule(name, contents);
        DataModules.Add(module);
        return module;
    }

    /// <summary>Boots: builds the boot-image table from <paramref name="systemConf"/> and starts the processes.</summary>
    /// <param name="systemConf">The system.conf text (an entry for every system process).</param>
    /// <param name="processes">The boot processes.</param>
    /// <exception cref="SystemConfException">The configuration is wrong.</exception>
    /// <exception cref="InvalidOperationException">Already booted, or the kernel refused the table.</exception>
    public void Boot(string systemConf, params SimulatedBootProcess[] processes)
    {
        if (_booted)
            throw new InvalidOperationException("the simulated machine is already booted");
        var boot = processes.Select(p => new BootProcess(p.Program.Name, p.Slot, AddProgram(p.Program), p.IsSystem, p.Placement)).ToList();
        var dataModules = DataModules.ToDictionary(m => m.Name, m => new Minix.Kernel.Privileges.MemoryRange { Base = m.Physical, Limit = m.Physical + (ulong)m.Length - 1 });
        BootImageEntry[] table = BootImageBuilder.Build(boot, SystemConfReader.Read(systemConf, "system.conf"), "system.conf", dataModules);
        Status status = Kernel.Boot(table);
        if (status != Status.Ok)
            throw new InvalidOperationException("the kernel refused the boot image: " + StatusInfo.Name(status));
        _booted = true;
    }

    /// <summary>
    /// Runs until every process waits with nothing left to happen, the machine shuts down, <paramref name="until"/>
    /// holds, or a limit is reached; can be called again to continue.
    /// </summary>
    /// <param name="until">Stop as soon as this holds (checked between kernel entries).</param>
    /// <param name="maxTicks">Stop when the uptime reaches this (default: the options' limit).</param>
    /// <param name="realTimeLimit">Fail if the run takes longer than this in real time (default 60 s).</param>
    /// <exception cref="TimeoutException">The real-time limit passed (a process computing without end).</exception>
    public void Run(Func<bool>? until = null, ulong? maxTicks = null, TimeSpan? realTimeLimit = null)
    {
        if (!_booted)
            throw new InvalidOperationException("boot the simulated machine before running it");
        _until = until;
        _tickLimit = maxTicks ?? Options.MaxTicks;
        _runEntries = 0;
        _stopped.Reset();
        Schedule(null);
        if (!_stopped.Wait(realTimeLimit ?? TimeSpan.FromSeconds(60)))
            throw new TimeoutException("the simulated machine did not stop: a process is computing without ever waiting");
    }

    /// <summary>Runs for <paramref name="ticks"/> more clock ticks (or until nothing can happen).</summary>
    /// <param name="ticks">How long.</param>
    public void RunFor(ulong ticks) => Run(maxTicks: Kernel.Uptime + ticks);

    /// <summary>The live process running <paramref name="name"/>, if any.</summary>
    /// <param name="name">The program name.</param>
    /// <returns>Its endpoint, or <see cref="Endpoint.None"/>.</returns>
    public Endpoint EndpointOf(string name)
    {
        foreach (SimulatedProcess? p in _processes)
        {
            if (p is not null && !p.Ended && p.Name == name)
                return p.Entry.Endpoint;
        }

        return Endpoint.None;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (SimulatedProcess? p in _processes)
        {
            if (p is not null && !p.Ended)
            {
                p.Ended = true;
                p.Resume();
            }
        }

        // The modules stay: a test may still read them, and a process thread still unwinding may touch them.
    }

    /// <summary>
    /// The scheduler, run by whichever thread holds the baton after the kernel changed state: delivers interrupts,
    /// advances time when all wait, and hands the baton to the process the kernel picks. If that is not the caller,
    /// the caller waits for its next turn.
    /// </summary>
    internal void Schedule(SimulatedProcess? current)
    {
        while (true)
        {
            while (Interrupts.TakeDeliverable(out int irq))
            {
                Record(TraceKind.Interrupt, null, "IRQ " + irq, Endpoint.None, 0, Status.Ok);
                Kernel.Interrupt(irq);
            }

            // A run ends at its tick limit even while processes keep computing (the clock advances by EntriesPerTick).
            _entries++;
            if (++_runEntries > Options.MaxKernelEntries || ShutdownStatus is not null || Kernel.Uptime >= _tickLimit || (_until?.Invoke() ?? false))
            {
                Stop(current);
                return;
            }

            if ((Options.EntriesPerTick > 0 && _entries % Options.EntriesPerTick == 0) || (_random is not null && _random.Next(16) == 0))
                TickOnce();

            Process next = Kernel.PickNext();
            if (next == Kernel.IdleTask)
            {
                if (AdvanceTime())
                    continue;
                Stop(current);
                return;
            }

            SimulatedProcess chosen = _processes[next.Slot] ?? throw new InvalidOperationException("the kernel picked slot " + next.Slot + ", which has no simulated process");
            if (chosen == current)
                return;
            chosen.Resume();
            current?.WaitForTurn();
            return;
        }
    }

    private void Stop(SimulatedProcess? current)
    {
        _stopped.Set();
        current?.WaitForTurn();
    }

    private bool AdvanceTime()
    {
        ulong now = Kernel.Uptime;
        ulong next = Kernel.NextAlarm();
        foreach (SimulatedDevice device in Bus.Devices)
        {
            if (device.NextEvent(now) is ulong at && (next == 0 || at < next))
                next = at;
        }

        if (next == 0 || next > _tickLimit)
            return false;
        while (Kernel.Uptime < Math.Max(next, now + 1))
            TickOnce();
        return true;
    }

    private void TickOnce()
    {
        Kernel.Tick();
        foreach (SimulatedDevice device in Bus.Devices)
            device.Tick(Kernel.Uptime);
    }

    internal void Start(Process entry, SimulatedProgram program)
    {
        SimulatedProcess? old = _processes[entry.Slot];
        if (old is not null && !old.Ended)
            throw new InvalidOperationException("slot " + entry.Slot + " still has a live simulated process");
        _processes[entry.Slot] = new SimulatedProcess(this, entry, program);
    }

    /// <summary>
    /// SYS_FORK on the simulated machine: the child is a new host thread running the delegate the parent gave
    /// <see cref="SimulatedFork.Fork"/>, with a message buffer of its own for the reply that ends its fork call.
    /// </summary>
    internal unsafe Status Fork(Process parent, Process child)
    {
        Action? body = _processes[parent.Slot]?.TakeForkChild();
        if (body is null)
            return Status.NotImplemented;
        child.MessageAddress = (ulong)System.Runtime.InteropServices.NativeMemory.AllocZeroed((nuint)Message.Size);
        Start(child, new SimulatedProgram(_processes[parent.Slot]!.Name, body));
        return Status.Ok;
    }

    internal void Unload(Process entry)
    {
        SimulatedProcess? process = _processes[entry.Slot];
        if (process is null || process.Ended)
            return;
        process.Ended = true;
        Record(TraceKind.Death, process, "EXIT", Endpoint.None, 0, Status.Ok);
        if (IpcTransport.Current != process)
            process.Resume();
    }

    /// <summary>A process's program returned or threw: it ends as on the image, and the baton moves on.</summary>
    internal void Ended(SimulatedProcess process, Exception? failure)
    {
        if (process.Ended)
            return;
        if (failure is null)
        {
            Kernel.Kill(process.Entry, ExitReason.Exited, 0);
        }
        else if (FaultKinds.IsCpuException(failure, out int vector, out ulong address))
        {
            Log("sim: " + process.Name + " raised a CPU exception (" + failure.GetType().Name + ": " + failure.Message + ")");
            Kernel.Kill(process.Entry, ExitReason.Fault, vector, address);
        }
        else
        {
            Log("sim: " + process.Name + " threw " + failure.GetType().Name);
            // The image's fault hook writes the message to the console, a line at a time, before the fault trap.
            foreach (string line in failure.Message.Split('\n'))
                Log(process.Name + ": " + line);
            Kernel.Kill(process.Entry, ExitReason.Panic, FaultKinds.Of(failure));
        }

        Schedule(null);
    }

    internal void ShutDown(int status) => ShutdownStatus = status;

    internal void Log(string line)
    {
        lock (_transcript)
            _transcript.Add(line);
        Options.Echo?.Invoke(line);
    }

    internal void Record(TraceKind kind, SimulatedProcess? process, string operation, Endpoint partner, int type, Status result)
    {
        if (!Options.Trace)
            return;
        string partnerName = partner == Endpoint.None ? "" : NameOf(partner);
        lock (_trace)
            _trace.Add(new TraceEvent(Kernel.Uptime, kind, process?.Name ?? "kernel", operation, partnerName, type, result));
    }

    private string NameOf(Endpoint endpoint)
    {
        if (endpoint == Endpoint.Any)
            return "ANY";
        return Kernel.Find(endpoint, out Process p) == Status.Ok ? ProcessNameText.ToText(p.Name) : endpoint.ToString();
    }
}
