namespace Minix.Kernel.Arch;

/// <summary>Physical memory through the kernel's direct map.</summary>
internal sealed unsafe class DirectMap : PhysicalMemory
{
    public override Span<byte> Bytes(ulong address, int length) => new Span<byte>((void*)(MemoryLayout.DirectMapOffset + address), length);

    public override ulong ReadEntry(ulong address) => *(ulong*)(MemoryLayout.DirectMapOffset + address);

    public static ulong Virtual(ulong physical) => MemoryLayout.DirectMapOffset + physical;
}
