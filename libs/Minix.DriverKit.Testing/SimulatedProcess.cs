using Minix.Ipc;
using Minix.Kernel.Arch;
using Minix.Kernel.Core;

namespace Minix.DriverKit.Testing;

/// <summary>
/// A simulated process: a host thread running a program, holding the machine's one baton while it runs, and
/// trapping into the kernel through <see cref="IIpcTransport"/> (IPC and kernel calls) and <see cref="IPortBus"/>
/// (direct port I/O, for code placed in the kernel).
/// </summary>
internal sealed unsafe class SimulatedProcess : IIpcTransport
{
    private readonly SimulatedSystem _system;
    private readonly SemaphoreSlim _baton = new(0);
    private readonly Thread _thread;

    public SimulatedProcess(SimulatedSystem system, Process entry, SimulatedProgram program)
    {
        _system = system;
        Entry = entry;
        Program = program;
        Name = program.Name;
        _thread = new Thread(Body) { IsBackground = true, Name = "minix:" + program.Name };
        _thread.Start();
    }

    public Process Entry { get; }

    public SimulatedProgram Program { get; }

    public string Name { get; }

    /// <summary>Set once the kernel ended it; its thread unwinds at its next wake-up or trap.</summary>
    public volatile bool Ended;

    /// <summary>What a child forked from this process runs, handed over by <see cref="SimulatedFork.Fork"/>.</summary>
    public Action? ForkChild;

    /// <summary>Takes <see cref="ForkChild"/> (a fork uses it once).</summary>
    public Action? TakeForkChild()
    {
        Action? child = ForkChild;
        ForkChild = null;
        return child;
    }

    public void Resume() => _baton.Release();

    /// <summary>Blocks the calling (this process's) thread until the scheduler hands it the baton again.</summary>
    public void WaitForTurn()
    {
        if (Ended)
            throw new ProcessEndedException();
        _baton.Wait();
        if (Ended)
            throw new ProcessEndedException();
    }

    public Status Call(IpcCall call, Endpoint partner, ref Message message, out IpcStatus status)
    {
        int type = message.Type;
        fixed (Message* buffer = &message)
        {
            _system.Kernel.IpcTrap(Entry, (int)call, partner.Value, (ulong)buffer);
            _system.Record(TraceKind.Ipc, this, IpcName(call), partner, type, Entry.Result);
            _system.Schedule(this);
        }

        status = Entry.ResultIpc;
        return Entry.Result;
    }

    public Status KernelCall(ref Message message)
    {
        int type = message.Type;
        fixed (Message* buffer = &message)
        {
            _system.Kernel.KernelCallTrap(Entry, (ulong)buffer);
            _system.Record(TraceKind.KernelCall, this, CallName(type), Endpoint.None, type, Entry.Result);
            _system.Schedule(this);
        }

        return Entry.Result;
    }

    private void Body()
    {
        try
        {
            _baton.Wait();
            if (Ended)
                return;
            IpcTransport.Current = this;
            PortBus.Current = _system.Bus;
            Program.Main();
            _system.Ended(this, null);
        }
        catch (ProcessEndedException)
        {
        }
        catch (Exception e)
        {
            _system.Ended(this, e);
        }
    }

    private static string IpcName(IpcCall call) => call switch
    {
        IpcCall.Send => "SEND",
        IpcCall.Receive => "RECEIVE",
        IpcCall.SendRec => "SENDREC",
        IpcCall.Notify => "NOTIFY",
        IpcCall.SendNb => "SENDNB",
        _ => "IPC(" + (int)call + ")",
    };

    private static string CallName(int type)
    {
        int number = type - MessageType.KernelCallBase;
        return Enum.IsDefined(typeof(Minix.Kernel.Calls.KernelCall), number)
            ? Minix.Kernel.Configuration.KernelCallNames.Name((Minix.Kernel.Calls.KernelCall)number)
            : "CALL(" + number + ")";
    }
}
