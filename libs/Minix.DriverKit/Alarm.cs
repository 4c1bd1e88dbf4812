using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Minix.DriverKit;

/// <summary>
/// The process's one alarm (SYS_SETALARM) and the clock. When the alarm expires, a CLOCK notification arrives in
/// the process's own loop (<see cref="Service.OnAlarm"/>): the kernel never calls back into a driver.
/// </summary>
public static class Alarm
{
    /// <summary>Arms (or re-arms) the alarm <paramref name="ticks"/> clock ticks from now.</summary>
    /// <param name="ticks">At least 1.</param>
    /// <returns>The kernel's status.</returns>
    [UsesKernelCall(KernelCall.SetAlarm)]
    public static Status Set(ulong ticks) => Sys.SetAlarm(ticks == 0 ? 1 : ticks, false, out _);

    /// <summary>Cancels the alarm.</summary>
    /// <returns>The kernel's status.</returns>
    [UsesKernelCall(KernelCall.SetAlarm)]
    public static Status Cancel() => Sys.SetAlarm(0, false, out _);

    /// <summary>Clock ticks since boot.</summary>
    /// <returns>The uptime, or 0 if the kernel refused.</returns>
    [UsesKernelCall(KernelCall.Times)]
    public static ulong Uptime() => Sys.Times(Endpoint.Self, out TimesReply times) == Status.Ok ? times.Uptime : 0;

    /// <summary>Clock ticks per second.</summary>
    /// <returns>The rate, or 0 if the kernel refused.</returns>
    [UsesKernelCall(KernelCall.GetInfo)]
    public static int Hz() => Sys.GetKernelInfo(out KernelInfo info) == Status.Ok ? info.Hz : 0;
}
