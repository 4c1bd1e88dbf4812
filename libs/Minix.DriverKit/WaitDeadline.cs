namespace Minix.DriverKit;

/// <summary>
/// When a timeout set with <see cref="Service.StartTimeout"/> expires, as an uptime in clock ticks: the waits under
/// it compare the alarm's notification with it, so a notification of an alarm cancelled before is not taken for it.
/// </summary>
public readonly struct WaitDeadline
{
    /// <summary>Creates a deadline.</summary>
    /// <param name="uptime">The uptime, in clock ticks, at which the timeout expires.</param>
    public WaitDeadline(ulong uptime) => Uptime = uptime;

    /// <summary>The uptime, in clock ticks, at which the timeout expires.</summary>
    public ulong Uptime { get; }
}
