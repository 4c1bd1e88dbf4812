namespace Minix.DriverKit.Analyzers;

/// <summary>
/// The toolkit types the rules look for, by metadata name: the analyzer ships without the toolkit's assemblies and
/// binds to whatever the compilation references. Types marked "assumed" do not exist yet; the rules start to use
/// them the day DriverKit or the kernel adds them.
/// </summary>
public static class MetadataNames
{
    /// <summary>Marks kernel-internal types and members (category A, and C/D/E for the APIs below).</summary>
    public const string KernelInternalAttribute = "Minix.Kernel.KernelInternalAttribute";

    /// <summary>Direct port I/O (category E).</summary>
    public const string PortIo = "Minix.Kernel.Arch.PortIo";

    /// <summary>Memory-mapped I/O done directly (category E). Assumed.</summary>
    public const string Mmio = "Minix.Kernel.Arch.Mmio";

    /// <summary>The kernel log, kernel printf (category A).</summary>
    public const string KernelLog = "Minix.Kernel.Core.KernelLog";

    /// <summary>The clock task's timers (category C when handed a callback).</summary>
    public const string KernelTimers = "Minix.Kernel.Core.KernelTimers";

    /// <summary>The kernel's interrupt table (category C or D when handed a handler).</summary>
    public const string InterruptTable = "Minix.Kernel.Core.InterruptTable";

    /// <summary>The process table (category A). Assumed.</summary>
    public const string ProcessTable = "Minix.Kernel.Core.ProcessTable";

    /// <summary>Says which kernel call a method makes.</summary>
    public const string UsesKernelCallAttribute = "Minix.Kernel.Calls.UsesKernelCallAttribute";

    /// <summary>The kernel-call client API.</summary>
    public const string Sys = "Minix.Kernel.Calls.Sys";

    /// <summary>User-mode device I/O (the category E replacement).</summary>
    public const string DevIo = "Minix.DriverKit.DevIo";

    /// <summary>User-mode logging (the KernelLog replacement).</summary>
    public const string Log = "Minix.DriverKit.Log";

    /// <summary>The assembly-level driver marker, <c>[assembly: Driver("printer")]</c>. Assumed.</summary>
    public const string DriverAttribute = "Minix.DriverKit.DriverAttribute";

    /// <summary>The character driver base class. Assumed.</summary>
    public const string CharacterDriver = "Minix.DriverKit.CharacterDriver";

    /// <summary>The block driver base class. Assumed.</summary>
    public const string BlockDriver = "Minix.DriverKit.BlockDriver";

    /// <summary>The IPC primitives.</summary>
    public const string Ipc = "Minix.Ipc.Messaging";

    /// <summary>IPC addresses, with the well-known servers as static properties.</summary>
    public const string Endpoint = "Minix.Ipc.Endpoint";
}
