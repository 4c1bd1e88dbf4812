namespace Minix.Kernel.Core;

/// <summary>One binding of an IRQ line to a process (SYS_IRQCTL SetPolicy); the kernel holds a fixed pool of them.</summary>
[KernelInternal]
public struct IrqHook
{
    /// <summary>The process notified; null while the hook is free.</summary>
    public Process? Owner;

    /// <summary>The line.</summary>
    public int Irq;

    /// <summary>The bit set in the owner's pending-interrupt map.</summary>
    public int NotifyId;

    /// <summary>The policy.</summary>
    public IrqPolicy Policy;

    /// <summary>An interrupt arrived and the owner has not yet enabled the line again.</summary>
    public bool Active;
}
