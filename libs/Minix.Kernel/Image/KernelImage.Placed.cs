using System.Runtime.InteropServices;

namespace Minix.Kernel.Core;

// MINIX 2 placement: a driver linked into the kernel may hook an interrupt line, its handler running in interrupt
// context with the driver's data (category D), and set a watchdog the clock calls (category C). The image builder
// binds these exports for such a driver only; the driver is ring-0 code the kernel trusts by placement.
internal static unsafe partial class KernelImage
{
    private static readonly nint[] s_placedHandlers = new nint[16];
    private static nint s_watchdog;
    private static ulong s_watchdogAt;

    [UnmanagedCallersOnly(EntryPoint = "minix_kernel_set_irq_handler")]
    private static void SetPlacedHandler(int irq, nint handler)
    {
        s_placedHandlers[irq & 15] = handler;
        s_machine!.Interrupts.Unmask(irq & 15);
    }

    [UnmanagedCallersOnly(EntryPoint = "minix_kernel_set_watchdog")]
    private static void SetWatchdog(ulong ticks, nint callback) => (s_watchdog, s_watchdogAt) = (callback, s_kernel!.Uptime + ticks);

    // The handler runs instead of the generic one; it returns whether to unmask the line again.
    private static bool PlacedInterrupt(int irq)
    {
        nint handler = s_placedHandlers[irq];
        if (handler != 0 && !((delegate*<int, bool>)handler)(irq))
            s_machine!.Interrupts.Mask(irq);
        return handler != 0;
    }

    private static void Tick(Microkernel kernel)
    {
        kernel.Tick();
        if (s_watchdog != 0 && kernel.Uptime >= s_watchdogAt)
        {
            nint callback = s_watchdog;
            s_watchdog = 0;
            ((delegate*<void>)callback)();
        }
    }
}
