using Minix.Commands.Libc;
using Minix.Posix;

namespace Minix.Commands.Uptime;

/// <summary>
/// uptime: the time of day and how long the system has been up, as procps' uptime begins its line
/// (" 14:03:27 up  1:05" or "up 3 min", with days before). The system keeps neither logins nor a load average, so
/// the line ends there.
/// </summary>
public static class Uptime
{
    /// <summary>Runs uptime.</summary>
    /// <param name="args">The arguments (none are taken).</param>
    /// <returns>0, or 1 if the clock could not be read.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("uptime");
        if (!Options.ParseNone(command, args))
            return command.ExitStatus;

        long timed = Sys.Times(out ProcessTimes times);
        long now = Sys.Time(out _);
        if (timed < 0 || now < 0 || times.Hz <= 0)
        {
            command.Fail("cannot read the clock", timed < 0 ? timed : now);
            return command.Finish();
        }

        command.Out.WriteLine(Format(now, times.Uptime / times.Hz));
        return command.Finish();
    }

    /// <summary>The line uptime prints, without its newline.</summary>
    /// <param name="now">Seconds since 1970 (UTC).</param>
    /// <param name="upSeconds">Seconds since boot.</param>
    /// <returns>The line.</returns>
    public static string Format(long now, long upSeconds)
    {
        CivilTime clock = CivilTime.FromUnix(now);
        string text = " " + Two(clock.Hour) + ":" + Two(clock.Minute) + ":" + Two(clock.Second) + " up ";
        long days = upSeconds / 86400, hours = upSeconds / 3600 % 24, minutes = upSeconds / 60 % 60;
        if (days > 0)
            text += days.ToString() + (days == 1 ? " day, " : " days, ");
        return text + (hours > 0 ? hours.ToString().PadLeft(2) + ":" + Two((int)minutes) : minutes.ToString() + " min");
    }

    private static string Two(int value) => value.ToString().PadLeft(2, '0');
}
