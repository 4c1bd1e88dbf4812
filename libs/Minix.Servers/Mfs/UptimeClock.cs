using Minix.DriverKit;

namespace Minix.Servers.Mfs;

/// <summary>
/// The file server's clock on a running system: the boot parameter <c>boottime</c> (seconds since 1970 when the
/// machine started; 0 if absent) plus the uptime. The kernel keeps no calendar time, so whoever boots the machine
/// says what time it is.
/// </summary>
public sealed class UptimeClock : FileClock
{
    private readonly long _bootTime;
    private readonly int _hz;

    /// <summary>Reads the boot time and the clock rate (at start-up).</summary>
    public UptimeClock()
    {
        _hz = Alarm.Hz();
        TryReadBootTime(out _bootTime);
    }

    /// <summary>The boot parameter <c>boottime</c>: seconds since 1970 when the machine started (PM's clock reads it too, so files and time() agree).</summary>
    /// <param name="seconds">The boot time, or 0.</param>
    /// <returns>Whether the parameter was given.</returns>
    internal static bool TryReadBootTime(out long seconds)
    {
        seconds = 0;
        Span<byte> text = stackalloc byte[20];
        if (!BootParameters.TryGet("boottime"u8, text, out int length))
            return false;
        for (int i = 0; i < length && text[i] >= (byte)'0' && text[i] <= (byte)'9'; i++)
            seconds = (seconds * 10) + (text[i] - '0');
        return true;
    }

    /// <inheritdoc/>
    public override int Now()
    {
        long seconds = _bootTime + (_hz > 0 ? (long)(Alarm.Uptime() / (ulong)_hz) : 0);
        return seconds > int.MaxValue ? int.MaxValue : (int)seconds;
    }
}
