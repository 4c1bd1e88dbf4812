using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Date;

/// <summary>
/// date, as GNU coreutils' in the C locale with TZ=UTC: the time now, or with -r a file's modification time, in
/// "%a %b %e %H:%M:%S %Z %Y" or the +FORMAT operand. It does not set the clock: any other operand is an invalid date.
/// </summary>
public static class Date
{
    /// <summary>The C locale's format for date without +FORMAT.</summary>
    private const string DefaultFormat = "%a %b %e %H:%M:%S %Z %Y";

    /// <summary>Runs date.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 1 after an error.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("date");
        Options? options = Options.Parse(command, args, "r:u", ["reference=r:", "utc=u", "universal=u"]);
        if (options is null)
            return command.ExitStatus;
        string format = DefaultFormat;
        if (options.Operands.Count > 0)
        {
            if (!options.Operands[0].StartsWith('+'))
            {
                command.Fail("invalid date " + Quoting.Always(options.Operands[0]));
                return command.ExitStatus;
            }

            if (options.Operands.Count > 1)
                return command.Usage("extra operand " + Quoting.Always(options.Operands[1]));
            format = options.Operands[0].Substring(1);
        }

        long seconds, nanoseconds = 0; // a file's time is whole seconds here (stat gives no more)
        if (options.Value('r') is string file)
        {
            long error = Sys.Stat(file, out FileStatus status);
            if (error < 0)
            {
                command.Fail(Quoting.IfNeeded(file), error);
                return command.ExitStatus;
            }

            seconds = status.ModifyTime;
        }
        else
        {
            seconds = Sys.Time(out nanoseconds);
        }

        command.Out.Write(CivilTime.FromUnix(seconds, nanoseconds).Format(format) + "\n");
        return command.Finish();
    }
}
