using System.Text;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Core;

namespace Minix.DriverKit.Testing;

/// <summary>
/// The hardware under the simulated kernel. Process addresses are host pointers: simulated processes share the
/// test's address space, so the kernel's copies are plain memory copies. (The simulator therefore cannot defend
/// against a process passing a wild pointer; fuzz the kernel in the image, where every address is checked.)
/// </summary>
internal sealed unsafe class SimulatedMachine(SimulatedSystem system) : Machine
{
    private const ulong LowestValid = 0x1000;
    private readonly StringBuilder _partialLine = new();
    private readonly byte[] _bootParameters = Encoding.UTF8.GetBytes(system.Options.BootParameters);

    public override int ModuleCount => system.Modules.Count;

    public override ReadOnlySpan<byte> BootParameters => _bootParameters;

    public override bool Owns(Process process, ulong address, ulong length, bool writable) =>
        address >= LowestValid && length <= int.MaxValue && address + length >= address;

    public override bool Read(Process process, ulong address, Span<byte> destination)
    {
        if (!Owns(process, address, (ulong)destination.Length, false))
            return false;
        new ReadOnlySpan<byte>((void*)address, destination.Length).CopyTo(destination);
        return true;
    }

    public override bool Write(Process process, ulong address, ReadOnlySpan<byte> source)
    {
        if (!Owns(process, address, (ulong)source.Length, true))
            return false;
        source.CopyTo(new Span<byte>((void*)address, source.Length));
        return true;
    }

    public override bool Copy(Process from, ulong fromAddress, Process to, ulong toAddress, ulong length, bool intoReadOnly = false)
    {
        if (!Owns(from, fromAddress, length, false) || !Owns(to, toAddress, length, true))
            return false;
        Buffer.MemoryCopy((void*)fromAddress, (void*)toAddress, length, length);
        return true;
    }

    public override uint PortIn(int port, int width) => system.Bus.In((ushort)port, width);

    public override void PortOut(int port, uint value, int width) => system.Bus.Out((ushort)port, value, width);

    public override void MaskIrq(int irq) => system.Interrupts.Mask(irq);

    public override void UnmaskIrq(int irq) => system.Interrupts.Unmask(irq);

    public override void ConsoleWrite(ReadOnlySpan<byte> text)
    {
        _partialLine.Append(Encoding.UTF8.GetString(text));
        string all = _partialLine.ToString();
        int newline;
        while ((newline = all.IndexOf('\n')) >= 0)
        {
            system.Log(all.Substring(0, newline));
            all = all.Substring(newline + 1);
        }

        _partialLine.Clear().Append(all);
    }

    public override Status Load(Process process, int module)
    {
        system.Start(process, system.Modules[module]);
        return Status.Ok;
    }

    public override void Unload(Process process) => system.Unload(process);

    // Simulated processes are host threads running C# delegates: a fork starts the child's delegate, which the parent
    // handed over with SimulatedFork.Fork; there is no memory image to copy or replace.
    public override Status Fork(Process parent, Process child) => system.Fork(parent, child);

    public override Status Exec(Process process, ReadOnlySpan<ExecSegment> segments, ulong stackSize) => Status.NotImplemented;

    public override void Restart(Process process, ulong instruction, ulong stack)
    {
    }

    public override ulong SetBreak(Process process, ulong end) => 0;

    public override Status PushSignal(Process process, in SignalFrame header, ulong entry, ulong handler, out ulong frame)
    {
        frame = 0;
        return Status.NotImplemented;
    }

    public override Status PopSignal(Process process, ulong frame, out ulong mask)
    {
        mask = 0;
        return Status.NotImplemented;
    }

    // The only physical memory a simulated process can map is a boot data module, which is host memory: it appears
    // at its own address. Device memory (VGA text and the like) is not simulated.
    public override Status MapPhysical(Process process, ulong physical, ulong length, bool writable, out ulong address)
    {
        address = system.DataModules.Any(m => m.Holds(physical, length)) ? physical : 0;
        return address != 0 ? Status.Ok : Status.NotImplemented;
    }

    public override void Shutdown(int status) => system.ShutDown(status);
}
