namespace Minix.DriverKit.Analyzers;

/// <summary>
/// The toolkit types the rules look for, by metadata name: the analyzer ships without the toolkit's assemblies and
/// binds to whatever the compilation references. A test resolves every name here against the built assemblies, so a
/// rename in the kernel or DriverKit cannot silently switch a rule off.
/// </summary>
public static class MetadataNames
{
    /// <summary>Marks kernel-internal types and members (category A, and C/D/E for the APIs below).</summary>
    public const string KernelInternalAttribute = "Minix.Kernel.KernelInternalAttribute";

    /// <summary>Direct port I/O (category E).</summary>
    public const string PortIo = "Minix.Kernel.Arch.PortIo";

    /// <summary>The kernel log, kernel printf (category A).</summary>
    public const string KernelLog = "Minix.Kernel.Core.KernelLog";

    /// <summary>The clock task's timers (category C when handed a callback).</summary>
    public const string KernelTimers = "Minix.Kernel.Core.KernelTimers";

    /// <summary>The kernel's interrupt table (category C or D when handed a handler).</summary>
    public const string InterruptTable = "Minix.Kernel.Core.InterruptTable";

    /// <summary>A process table entry (category A).</summary>
    public const string Process = "Minix.Kernel.Core.Process";

    /// <summary>The kernel itself, which owns the process table (category A).</summary>
    public const string Microkernel = "Minix.Kernel.Core.Microkernel";

    /// <summary>Physical memory as the kernel sees it (category A, memory management).</summary>
    public const string PhysicalMemory = "Minix.Kernel.Arch.PhysicalMemory";

    /// <summary>The kernel's page tables (category A, memory management).</summary>
    public const string PageTable = "Minix.Kernel.Arch.PageTable";

    /// <summary>The kernel's page-frame allocator (category A, memory management).</summary>
    public const string FrameAllocator = "Minix.Kernel.Arch.FrameAllocator";

    /// <summary>Says which kernel call a method makes.</summary>
    public const string UsesKernelCallAttribute = "Minix.Kernel.Calls.UsesKernelCallAttribute";

    /// <summary>The kernel-call client API.</summary>
    public const string Sys = "Minix.Kernel.Calls.Sys";

    /// <summary>User-mode device I/O (the category E replacement).</summary>
    public const string DevIo = "Minix.DriverKit.DevIo";

    /// <summary>User-mode logging (the KernelLog replacement).</summary>
    public const string Log = "Minix.DriverKit.Log";

    /// <summary>The assembly-level driver marker, <c>[assembly: Driver("printer")]</c>.</summary>
    public const string DriverAttribute = "Minix.DriverKit.DriverAttribute";

    /// <summary>The character driver base class.</summary>
    public const string CharacterDriver = "Minix.DriverKit.CharacterDriver";

    /// <summary>The block driver base class.</summary>
    public const string BlockDriver = "Minix.DriverKit.BlockDriver";

    /// <summary>The IPC primitives.</summary>
    public const string Ipc = "Minix.Ipc.Messaging";

    /// <summary>IPC addresses, with the well-known servers as static properties.</summary>
    public const string Endpoint = "Minix.Ipc.Endpoint";
}
