using System.Runtime.InteropServices;

namespace Minix.Kernel.Core;

/// <summary>
/// Image side of the kernel-internal services a driver in kernel placement may use: calls into the kernel's own
/// exports, which the image builder binds only for a driver linked into the kernel. A user-mode driver that uses them
/// does not link; the error names the analyzer rule for the dependency.
/// </summary>
internal static unsafe class KernelOnly
{
    public static void SetIrqHandler(int irq, delegate*<int, bool> handler) => SetIrqHandler(irq, (nint)handler);

    public static void SetWatchdog(ulong ticks, delegate*<void> callback) => SetWatchdog(ticks, (nint)callback);

    [DllImport("*", EntryPoint = "minix_kernel_set_irq_handler"), SuppressGCTransition]
    private static extern void SetIrqHandler(int irq, nint handler);

    [DllImport("*", EntryPoint = "minix_kernel_set_watchdog"), SuppressGCTransition]
    private static extern void SetWatchdog(ulong ticks, nint callback);
}
