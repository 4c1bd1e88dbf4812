using Minix.Kernel.Calls;

namespace Minix.Kernel.Core;

/// <summary>One binding of an IRQ line to a process (SYS_IRQCTL SetPolicy); the kernel holds a fixed pool of them.</summary>
[KernelInternal]
public sealed class IrqHook
{
    /// <summary>Creates a free hook; the kernel makes its whole pool at boot.</summary>
    public IrqHook()
    {
    }

    /// <summary>Whether the hook is taken.</summary>
    public bool InUse;

    /// <summary>The line.</summary>
    public int Irq;

    /// <summary>The process notified.</summary>
    public Process? Owner;

    /// <summary>The bit set in the owner's pending-interrupt map.</summary>
    public int NotifyId;

    /// <summary>The policy.</summary>
    public IrqPolicy Policy;

    /// <summary>An interrupt arrived and the owner has not yet enabled the line again.</summary>
    public bool Active;
}
