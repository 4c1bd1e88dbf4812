namespace Minix.Kernel.Arch;

/// <summary>
/// One process's memory on the image: a single run of physical pages mapped at <see cref="Base"/> (the user base, or
/// a slot of the kernel's half for a driver placed in the kernel), read-only below <see cref="WritableFrom"/>, and
/// its saved registers.
/// </summary>
internal sealed unsafe class ProcessSpace
{
    public ulong Root;
    public ulong Base;
    public ulong Physical;
    public ulong Pages;
    public ulong Top;
    public ulong WritableFrom;
    public TrapFrame* Context;

    /// <summary>The process is inside a trap whose result goes into rax (and rdx) when it next runs.</summary>
    public bool AwaitsResult;

    public bool InUse => Pages != 0;

    /// <summary>The physical address of <paramref name="address"/> (which <see cref="Contains"/> accepted).</summary>
    public ulong PhysicalOf(ulong address) => Physical + (address - Base);

    public bool Contains(ulong address, ulong length, bool writable) =>
        InUse && address >= Base && length <= Top - address && address <= Top
        && (!writable || address >= WritableFrom);
}
