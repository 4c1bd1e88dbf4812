namespace Minix.Kernel.Core;

/// <summary>
/// The kernel's interrupt table. A handler installed here runs inside the kernel, in interrupt context, when the
/// line fires: the MINIX 2 way a driver in the kernel handled interrupts (the paper's category D when it touches
/// driver data). User-mode drivers bind a line with SYS_IRQCTL instead and receive notifications.
/// </summary>
[KernelInternal]
public static unsafe class InterruptTable
{
    /// <summary>Installs <paramref name="handler"/> for <paramref name="irq"/>; it returns true to unmask the line again.</summary>
    /// <param name="irq">The line (0..15).</param>
    /// <param name="handler">The handler, called with the line number.</param>
    public static void SetHandler(int irq, delegate*<int, bool> handler) => KernelServices.SetIrqHandler(irq, handler);
}
