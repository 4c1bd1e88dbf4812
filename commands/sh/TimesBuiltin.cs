using System.Text;
using Minix.Commands.Libc;
using Minix.Posix;

namespace Minix.Commands.Shell;

/// <summary>
/// times: the shell's user and system time, then its waited-for children's, as dash prints them (<c>0m1.250000s
/// 0m0.030000s</c>, a line each), from times(2)'s clock ticks. Arguments are ignored, as in dash.
/// </summary>
public static class TimesBuiltin
{
    /// <summary>Runs times.</summary>
    /// <param name="call">The call.</param>
    /// <returns>0, or 1 when the times cannot be had or written.</returns>
    public static int Run(BuiltinCall call)
    {
        long result = Sys.Times(out ProcessTimes times);
        if (result < 0)
            return call.Fail(ErrorText.Of(result), 1);
        int hz = times.Hz > 0 ? times.Hz : 100;
        var text = new StringBuilder();
        text.Append(Duration(times.User, hz)).Append(' ').Append(Duration(times.System, hz)).Append('\n');
        text.Append(Duration(times.ChildrenUser, hz)).Append(' ').Append(Duration(times.ChildrenSystem, hz)).Append('\n');
        return call.Print(text.ToString());
    }

    /// <summary>1m2.500000s: whole minutes, then the seconds left to the microsecond (rounded).</summary>
    private static string Duration(long ticks, int hz)
    {
        long perMinute = 60L * hz;
        long left = ticks % perMinute;
        long micros = ((left % hz) * 1_000_000 + (hz / 2)) / hz;
        return (ticks / perMinute).ToString() + "m" + (left / hz).ToString() + "." + micros.ToString().PadLeft(6, '0') + "s";
    }
}
