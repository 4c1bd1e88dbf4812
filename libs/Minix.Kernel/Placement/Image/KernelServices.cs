using System.Runtime.InteropServices;

namespace Minix.Kernel.Core;

/// <summary>
/// Image side of the kernel services a driver placed in the kernel may use (MINIX 2 style): this code is linked into
/// the driver, and reaches the kernel through an export the image builder binds for kernel placement only. An
/// interrupt handler runs in interrupt context with the driver's data (category D); the watchdog is the driver's own
/// handler on the clock's line, counting ticks down to the callback (category C). A user-mode driver that uses them
/// does not link, and the linker names the analyzer rule of each.
/// </summary>
internal static unsafe class KernelServices
{
    private static delegate*<void> s_watchdog;
    private static ulong s_ticksLeft;

    public static void SetIrqHandler(int irq, delegate*<int, bool> handler) => SetHandler(irq, (nint)handler);

    public static void SetWatchdog(ulong ticks, delegate*<void> callback)
    {
        s_ticksLeft = ticks == 0 ? 1 : ticks;
        s_watchdog = callback;
        SetClockHandler(0, (nint)(delegate*<int, bool>)&OnTick);
    }

    private static bool OnTick(int irq)
    {
        if (s_watchdog != null && --s_ticksLeft == 0)
        {
            delegate*<void> callback = s_watchdog;
            s_watchdog = null;
            callback();
        }

        return true;
    }

    [DllImport("*", EntryPoint = "minix_kernel_set_irq_handler"), SuppressGCTransition]
    private static extern void SetHandler(int irq, nint handler);

    // The same kernel export under its own name, so that a user-mode link error names the clock dependency (C).
    [DllImport("*", EntryPoint = "minix_kernel_set_clock_handler"), SuppressGCTransition]
    private static extern void SetClockHandler(int irq, nint handler);
}
