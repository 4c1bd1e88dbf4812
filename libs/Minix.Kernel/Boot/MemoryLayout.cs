namespace Minix.Kernel.Boot;

/// <summary>
/// Where things live in physical and virtual memory: one table the image writer and the kernel both read, so the
/// loader and the kernel can never disagree.
/// </summary>
public static class MemoryLayout
{
    /// <summary>Physical address of the image's first byte (the Multiboot header), where loaders put it.</summary>
    public const ulong ImagePhysical = 0x100000;

    /// <summary>Physical address of the kernel's first segment: the page after the header and boot trampoline.</summary>
    public const ulong KernelPhysical = 0x102000;

    /// <summary>The kernel runs at physical + this (the top 2 GiB of the address space).</summary>
    public const ulong KernelVirtualOffset = 0xFFFF_FFFF_8000_0000;

    /// <summary>The kernel's view of all physical memory: physical + this, supervisor-only.</summary>
    public const ulong DirectMapOffset = 0xFFFF_8000_0000_0000;

    /// <summary>How much physical memory the boot page tables map (identity and direct map).</summary>
    public const ulong BootMappedBytes = 4UL << 30;

    /// <summary>Physical address of the boot page tables (PML4, two PDPTs, four page directories).</summary>
    public const ulong BootPageTables = 0x70000;

    /// <summary>Top of the stack the trampoline uses before the kernel takes over.</summary>
    public const ulong BootStackTop = 0x80000;

    /// <summary>Where the BIOS loader builds a Multiboot information block for the kernel.</summary>
    public const ulong LoaderBootInfo = 0x9000;

    /// <summary>Lowest virtual address of a user process: everything below, page 0 included, is unmapped so a null dereference faults.</summary>
    public const ulong UserBase = 0x400000;

    /// <summary>One past the highest address of a user process: the end of the lower canonical half.</summary>
    public const ulong UserTop = 0x0000_8000_0000_0000;

    /// <summary>Top of a user process's stack (the stack grows down from here; the pages above stay unmapped).</summary>
    public const ulong UserStackTop = 0x0000_7FFF_FFFF_0000;

    /// <summary>Where physical ranges a process may map (device memory, a boot module) appear in it, one after another.</summary>
    public const ulong MappedMemoryBase = 0x0000_4000_0000_0000;

    /// <summary>How far a process's data may grow (brk): up to where mapped ranges start.</summary>
    public const ulong DataLimit = MappedMemoryBase;

    /// <summary>Where drivers placed in the kernel are linked: ring 0, in the half every address space shares.</summary>
    public const ulong KernelPlacedBase = 0xFFFF_FF00_0000_0000;

    /// <summary>Address space each driver placed in the kernel may use; slot s is linked at base + s * stride.</summary>
    public const ulong KernelPlacedStride = 0x1000_0000;

    /// <summary>Size of a page.</summary>
    public const ulong PageSize = 4096;
}
