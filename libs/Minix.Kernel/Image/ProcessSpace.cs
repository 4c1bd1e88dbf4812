namespace Minix.Kernel.Arch;

/// <summary>
/// One process's memory on the image: its page tables (the frames they map with <see cref="PageFlags.Owned"/> are its
/// own), the window of addresses that are its to name, where its data ends, and its saved registers.
/// </summary>
internal sealed unsafe class ProcessSpace
{
    /// <summary>Its page-table root: its own, or the kernel's for a driver placed in the kernel; 0 while it has no memory.</summary>
    public ulong Root;

    /// <summary>Placed in the kernel: ring 0, pages in the kernel's half without the user bit.</summary>
    public bool InKernel;

    /// <summary>The lowest address it may name.</summary>
    public ulong Base;

    /// <summary>One past the highest address it may name.</summary>
    public ulong Limit;

    /// <summary>The end of its data, where brk grows it.</summary>
    public ulong Break;

    /// <summary>Where the next physical range mapped into it goes.</summary>
    public ulong MappedNext;

    public TrapFrame* Context;

    /// <summary>The process is inside a trap whose result goes into rax (and rdx) when it next runs.</summary>
    public bool AwaitsResult;

    /// <summary>The last page a range was found in (its address with its leaf's present, writable and user bits, user always set in the kernel's placement; 0: none) and its kernel address: a process keeps using one message buffer, and a live root's mappings are never removed or narrowed.</summary>
    public (ulong Page, ulong Kernel) LastPage;

    public bool InUse => Root != 0;
}
