namespace Minix.Kernel;

/// <summary>
/// Marks a type or member as internal to the kernel: the process table, kernel memory, the kernel log, the
/// kernel's own timers and interrupt table, direct hardware access. A driver that uses one depends on the kernel
/// (the paper's category A, or C/D/E for callbacks, interrupt handlers and hardware); it only works when placed in
/// the kernel. The Minix# analyzer reports every such use in driver code.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Method | AttributeTargets.Field | AttributeTargets.Property, Inherited = false)]
public sealed class KernelInternalAttribute : Attribute
{
    /// <summary>Marks the declaration it is applied to.</summary>
    public KernelInternalAttribute()
    {
    }
}
