using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Grants;
using Minix.Posix;

namespace Minix.Servers.Pm;

/// <summary>
/// The time of day for time(): the boot parameter <c>boottime</c> plus the uptime, as the file server counts it; without
/// it the real-time clock's driver (DS label <c>rtc</c>) is read once, on the first call, and the kernel's uptime counts
/// on from there. Without either the time starts at 1970-01-01 at boot.
/// </summary>
internal static class Clock
{
    private static bool s_read;
    private static long s_epoch;
    private static ulong s_uptime;

    /// <summary>Seconds since 1970-01-01 UTC, and the nanoseconds within that second.</summary>
    /// <param name="hz">Clock ticks per second.</param>
    /// <param name="nanoseconds">The fraction.</param>
    /// <returns>The seconds.</returns>
    public static long Now(int hz, out long nanoseconds)
    {
        ulong now = Alarm.Uptime();
        if (!s_read)
        {
            s_read = true;
            // The boot time the file server dates files by comes first, so a file just touched is never ahead of time().
            if (BootTime.TryRead(out long boot))
                (s_epoch, s_uptime) = (boot, 0);
            else if (ReadRealTimeClock(out long epoch))
                (s_epoch, s_uptime) = (epoch, now);
        }

        ulong ticks = now - s_uptime;
        nanoseconds = (long)(ticks % (ulong)hz) * (1_000_000_000L / hz);
        return s_epoch + (long)(ticks / (ulong)hz);
    }

    /// <summary>Reads <c>YYYY-MM-DD HH:MM:SS</c> from the clock driver's minor 0.</summary>
    private static unsafe bool ReadRealTimeClock(out long epoch)
    {
        epoch = 0;
        if (DataStore.Lookup("rtc"u8, out Endpoint rtc) != Status.Ok)
            return false;
        DeviceClient client = DeviceClient.Character(rtc);
        byte* text = stackalloc byte[20];
        GrantId grant = Posix.Posix.Grants.Grant(rtc, (ulong)text, 20, GrantFlags.Write);
        long read = client.Open(0, DeviceAccess.Read) == 0 ? client.Read(0, 0, grant, 20) : -1;
        Posix.Posix.Grants.Revoke(grant);
        client.Close(0);
        if (read < 19)
            return false;
        var t = new ReadOnlySpan<byte>(text, 19);
        epoch = DaysFromCivil(Number(t, 0, 4), Number(t, 5, 2), Number(t, 8, 2)) * 86400L + Number(t, 11, 2) * 3600 + Number(t, 14, 2) * 60 + Number(t, 17, 2);
        return true;
    }

    private static int Number(ReadOnlySpan<byte> text, int at, int digits)
    {
        int value = 0;
        for (int i = 0; i < digits; i++)
            value = value * 10 + (text[at + i] - '0');
        return value;
    }

    /// <summary>Days from 1970-01-01 to a date of the proleptic Gregorian calendar.</summary>
    public static long DaysFromCivil(int year, int month, int day)
    {
        year -= month <= 2 ? 1 : 0;
        long era = (year >= 0 ? year : year - 399) / 400;
        long yearOfEra = year - era * 400;
        long dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097 + dayOfEra - 719468;
    }
}
