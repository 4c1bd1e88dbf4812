namespace Minix.Kernel.Core;

/// <summary>
/// The clock task's timers. A callback installed here runs inside the kernel when the timer expires: how a driver
/// in the MINIX 2 kernel set a watchdog (the paper's category C). User-mode drivers use SYS_SETALARM and receive a
/// CLOCK notification instead.
/// </summary>
[KernelInternal]
public static unsafe class KernelTimers
{
    /// <summary>Calls <paramref name="callback"/> from the clock task after <paramref name="ticks"/> ticks.</summary>
    /// <param name="ticks">Delay in clock ticks.</param>
    /// <param name="callback">The function to call.</param>
    public static void SetWatchdog(ulong ticks, delegate*<void> callback) => KernelServices.SetWatchdog(ticks, callback);
}
