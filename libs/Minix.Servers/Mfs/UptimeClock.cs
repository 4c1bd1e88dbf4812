using Minix.DriverKit;

namespace Minix.Servers.Mfs;

/// <summary>
/// The file server's clock on a running system: the boot parameter <c>boottime</c> (<see cref="BootTime"/>; 0 if
/// absent) plus the uptime.
/// </summary>
public sealed class UptimeClock : FileClock
{
    private readonly long _bootTime;
    private readonly int _hz;

    /// <summary>Reads the boot time and the clock rate (at start-up).</summary>
    public UptimeClock()
    {
        _hz = Alarm.Hz();
        BootTime.TryRead(out _bootTime);
    }

    /// <inheritdoc/>
    public override int Now()
    {
        long seconds = _bootTime + (_hz > 0 ? (long)(Alarm.Uptime() / (ulong)_hz) : 0);
        return seconds > int.MaxValue ? int.MaxValue : (int)seconds;
    }
}
