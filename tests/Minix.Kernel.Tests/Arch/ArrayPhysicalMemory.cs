using Minix.Kernel.Arch;

namespace Minix.Kernel.Tests.Arch;

/// <summary>Physical memory backed by an array, for host tests of page tables.</summary>
public sealed class ArrayPhysicalMemory(int bytes) : PhysicalMemory
{
    public byte[] Memory { get; } = new byte[bytes];

    public override Span<byte> Bytes(ulong address, int length) => Memory.AsSpan(checked((int)address), length);
}

/// <summary>Records port writes and answers reads from a table.</summary>
public sealed class RecordingPortBus : IPortBus
{
    public List<(ushort Port, uint Value)> Writes { get; } = new();

    public Dictionary<ushort, uint> Values { get; } = new();

    public uint In(ushort port, int width) => Values.GetValueOrDefault(port, 0x20u);

    public void Out(ushort port, uint value, int width) => Writes.Add((port, value));
}
