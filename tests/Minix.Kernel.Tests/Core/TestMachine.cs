using System.Runtime.InteropServices;
using System.Text;
using Minix.Ipc;
using Minix.Kernel.Boot;
using Minix.Kernel.Calls;
using Minix.Kernel.Core;
using Minix.Kernel.Privileges;

namespace Minix.Kernel.Tests.Core;

/// <summary>
/// A machine for driving the kernel from tests: each process has 64 KiB of memory at <see cref="Base"/>, ports are
/// a dictionary, and everything the kernel logs is kept.
/// </summary>
public sealed class TestMachine : Machine
{
    public const ulong Base = 0x10000;
    public const int MemorySize = 0x10000;

    private readonly Dictionary<int, byte[]> _memory = new();

    public List<string> Log { get; } = new();

    public Dictionary<int, uint> Ports { get; } = new();

    /// <summary>Values a port returns one per read, before it falls back to <see cref="Ports"/> (a device's FIFO).</summary>
    public Dictionary<int, Queue<uint>> PortStreams { get; } = new();

    public List<(int Port, uint Value, int Width)> PortWrites { get; } = new();

    public HashSet<int> Masked { get; } = new();

    public int? ShutdownStatus { get; private set; }

    public int Modules { get; set; } = 8;

    public override int ModuleCount => Modules;

    public override ReadOnlySpan<byte> BootParameters => "console=com1"u8;

    public byte[] MemoryOf(Process p) => _memory[p.Slot];

    public override bool Owns(Process process, ulong address, ulong length, bool writable) =>
        _memory.ContainsKey(process.Slot) && address >= Base && length <= MemorySize && address - Base <= (ulong)MemorySize - length;

    public override bool Read(Process process, ulong address, Span<byte> destination)
    {
        if (!Owns(process, address, (ulong)destination.Length, false))
            return false;
        _memory[process.Slot].AsSpan((int)(address - Base), destination.Length).CopyTo(destination);
        return true;
    }

    public override bool Write(Process process, ulong address, ReadOnlySpan<byte> source)
    {
        if (!Owns(process, address, (ulong)source.Length, true))
            return false;
        source.CopyTo(_memory[process.Slot].AsSpan((int)(address - Base)));
        return true;
    }

    public override bool Copy(Process from, ulong fromAddress, Process to, ulong toAddress, ulong length, bool intoReadOnly = false)
    {
        var buffer = new byte[length];
        return Read(from, fromAddress, buffer) && Write(to, toAddress, buffer);
    }

    /// <summary>Where each process resumes, as the last <see cref="Restart"/> set it.</summary>
    public Dictionary<int, (ulong Instruction, ulong Stack)> Starts { get; } = new();

    /// <summary>The segments of each process's last exec.</summary>
    public Dictionary<int, ExecSegment[]> Images { get; } = new();

    /// <summary>Each process's break.</summary>
    public Dictionary<int, ulong> Breaks { get; } = new();

    /// <summary>Physical ranges mapped, per process.</summary>
    public List<(int Slot, ulong Physical, ulong Length, bool Writable)> Mapped { get; } = new();

    public override Status Fork(Process parent, Process child)
    {
        if (!_memory.TryGetValue(parent.Slot, out byte[]? memory))
            return Status.InvalidArgument;
        _memory[child.Slot] = (byte[])memory.Clone();
        Breaks[child.Slot] = Breaks.GetValueOrDefault(parent.Slot);
        return Status.Ok;
    }

    public override Status Exec(Process process, ReadOnlySpan<ExecSegment> segments, ulong stackSize)
    {
        if (stackSize == 0)
            return Status.InvalidArgument;
        _memory[process.Slot] = new byte[MemorySize];
        Images[process.Slot] = segments.ToArray();
        return Status.Ok;
    }

    public override void Restart(Process process, ulong instruction, ulong stack) => Starts[process.Slot] = (instruction, stack);

    public override ulong SetBreak(Process process, ulong end)
    {
        if (end != 0)
            Breaks[process.Slot] = end;
        return Breaks.GetValueOrDefault(process.Slot);
    }

    /// <summary>Where <see cref="PushSignal"/> puts frames (in the process's memory).</summary>
    public const ulong FrameAddress = Base + 0xF000;

    /// <summary>Every signal frame pushed: process slot, header, entry, handler.</summary>
    public List<(int Slot, SignalFrame Header, ulong Entry, ulong Handler)> Frames { get; } = new();

    public override Status PushSignal(Process process, in SignalFrame header, ulong entry, ulong handler, out ulong frame)
    {
        frame = FrameAddress;
        Frames.Add((process.Slot, header, entry, handler));
        Starts[process.Slot] = (entry, frame - 8);
        return Status.Ok;
    }

    public override Status PopSignal(Process process, ulong frame, out ulong mask)
    {
        mask = 0;
        int last = Frames.FindLastIndex(f => f.Slot == process.Slot);
        if (frame != FrameAddress || last < 0)
            return Status.InvalidArgument;
        mask = Frames[last].Header.Mask;
        return Status.Ok;
    }

    public override Status MapPhysical(Process process, ulong physical, ulong length, bool writable, out ulong address)
    {
        Mapped.Add((process.Slot, physical, length, writable));
        address = 0x4000_0000_0000;
        return Status.Ok;
    }

    public override uint PortIn(int port, int width) =>
        PortStreams.TryGetValue(port, out Queue<uint>? stream) && stream.Count > 0 ? stream.Dequeue() : Ports.GetValueOrDefault(port);

    public override void PortOut(int port, uint value, int width) => PortWrites.Add((port, value, width));

    public override void MaskIrq(int irq) => Masked.Add(irq);

    public override void UnmaskIrq(int irq) => Masked.Remove(irq);

    public override void ConsoleWrite(ReadOnlySpan<byte> text) => Log.Add(Encoding.UTF8.GetString(text).TrimEnd('\n'));

    public override Status Load(Process process, int module)
    {
        _memory[process.Slot] = new byte[MemorySize];
        return Status.Ok;
    }

    public override void Unload(Process process) => _memory.Remove(process.Slot);

    public override void Shutdown(int status) => ShutdownStatus = status;

    public void WriteMessage(Process p, ulong address, Message message) =>
        Assert.True(Write(p, address, MemoryMarshal.AsBytes(new Span<Message>(ref message))));

    public Message ReadMessage(Process p, ulong address)
    {
        var message = default(Message);
        Assert.True(Read(p, address, MemoryMarshal.AsBytes(new Span<Message>(ref message))));
        return message;
    }

    public void WriteStruct<T>(Process p, ulong address, T value)
        where T : unmanaged => Assert.True(Write(p, address, MemoryMarshal.AsBytes(new Span<T>(ref value))));

    public T ReadStruct<T>(Process p, ulong address)
        where T : unmanaged
    {
        T value = default;
        Assert.True(Read(p, address, MemoryMarshal.AsBytes(new Span<T>(ref value))));
        return value;
    }
}
