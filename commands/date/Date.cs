using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Date;

/// <summary>
/// date, as GNU coreutils' in the C locale with TZ=UTC: the time now, or -d's date (see <see cref="DateString"/>), or
/// with -r a file's modification time, in "%a %b %e %H:%M:%S %Z %Y", the +FORMAT operand, or -I's, -R's or
/// --rfc-3339's format. It does not set the clock: any other operand is an invalid date.
/// </summary>
public static class Date
{
    /// <summary>The C locale's format for date without +FORMAT.</summary>
    private const string DefaultFormat = "%a %b %e %H:%M:%S %Z %Y";

    /// <summary>--rfc-3339 has no short option: it is kept under this letter, which no one can type as one.</summary>
    private const char Rfc3339Option = '\u0001';

    /// <summary>-I's precisions, in the order GNU lists them, and the format of each.</summary>
    private static readonly string[] IsoPrecisions = ["hours", "minutes", "date", "seconds", "ns"];
    private static readonly string[] IsoFormats = ["%Y-%m-%dT%H%:z", "%Y-%m-%dT%H:%M%:z", "%Y-%m-%d", "%Y-%m-%dT%H:%M:%S%:z", "%Y-%m-%dT%H:%M:%S,%N%:z"];

    /// <summary>--rfc-3339's precisions and the format of each.</summary>
    private static readonly string[] RfcPrecisions = ["date", "seconds", "ns"];
    private static readonly string[] RfcFormats = ["%Y-%m-%d", "%Y-%m-%d %H:%M:%S%:z", "%Y-%m-%d %H:%M:%S.%N%:z"];

    /// <summary>Runs date.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 1 after an error.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("date");
        Options? options = Options.Parse(command, args, "d:I?r:Ru",
            ["date=d:", "iso-8601=I?", "reference=r:", "rfc-email=R", "rfc-3339=" + Rfc3339Option + ":", "utc=u", "universal=u"]);
        if (options is null)
            return command.ExitStatus;
        if (options.Has('d') && options.Has('r'))
            return command.Usage("the options to specify dates for printing are mutually exclusive");
        string? format = OutputFormat(command, options);
        if (format is null)
            return command.ExitStatus;

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
            long nowSeconds = seconds, nowNanoseconds = nanoseconds;
            if (options.Value('d') is string date && !DateString.TryParse(date, () => (nowSeconds, nowNanoseconds), out seconds, out nanoseconds))
            {
                command.Fail("invalid date " + Quoting.CStyle(date));
                return command.ExitStatus;
            }
        }

        command.Out.Write(CivilTime.FromUnix(seconds, nanoseconds).Format(format) + "\n");
        return command.Finish();
    }

    /// <summary>
    /// The format: +FORMAT's, -I's, -R's or --rfc-3339's (only one of them), else the default; null after an error
    /// (reported). A bad operand is looked at first, then the formats, in the order GNU's date looks.
    /// </summary>
    private static string? OutputFormat(Command command, Options options)
    {
        string? format = null;
        int given = 0;
        foreach (var (name, value) in options.Seen)
        {
            if (name == 'I')
            {
                int precision = value is null ? 2 : ArgumentChoice.Match(command, "--iso-8601", value, IsoPrecisions);
                if (precision < 0)
                    return null;
                format = IsoFormats[precision];
                given++;
            }
            else if (name == Rfc3339Option)
            {
                int precision = ArgumentChoice.Match(command, "--rfc-3339", value!, RfcPrecisions);
                if (precision < 0)
                    return null;
                format = RfcFormats[precision];
                given++;
            }
            else if (name == 'R')
            {
                format = "%a, %d %b %Y %H:%M:%S %z";
                given++;
            }
        }

        if (options.Operands.Count > 0)
        {
            if (!options.Operands[0].StartsWith('+'))
            {
                command.Fail("invalid date " + Quoting.CStyle(options.Operands[0]));
                return null;
            }

            if (options.Operands.Count > 1)
            {
                command.Usage("extra operand " + Quoting.Always(options.Operands[1]));
                return null;
            }

            format = options.Operands[0].Substring(1);
            given++;
        }

        if (given > 1)
        {
            command.Fail("multiple output formats specified");
            return null;
        }

        return format ?? DefaultFormat;
    }
}
