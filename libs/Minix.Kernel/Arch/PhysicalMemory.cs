namespace Minix.Kernel.Arch;

/// <summary>
/// The kernel's window onto physical memory. On the image it is the direct map (physical + a fixed offset); host
/// tests back it with an array. Everything that builds page tables or copies process memory goes through it.
/// </summary>
[KernelInternal]
public abstract class PhysicalMemory
{
    /// <summary>Creates the window.</summary>
    protected PhysicalMemory()
    {
    }

    /// <summary>The bytes of physical memory from <paramref name="address"/>, <paramref name="length"/> long.</summary>
    /// <param name="address">Physical address.</param>
    /// <param name="length">Bytes.</param>
    /// <returns>The bytes.</returns>
    public abstract Span<byte> Bytes(ulong address, int length);

    /// <summary>The eight bytes at <paramref name="address"/>: a page-table entry, read four times a translation.</summary>
    /// <param name="address">Physical address.</param>
    /// <returns>The value.</returns>
    public virtual ulong ReadEntry(ulong address) => MemoryMarshal.Read<ulong>(Bytes(address, sizeof(ulong)));
}
