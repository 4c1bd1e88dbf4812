using Minix.Commands.Libc;

namespace Minix.Commands.Sleep;

/// <summary>sleep, as GNU coreutils': waits for the sum of its operands, each a number of seconds (see <see cref="Interval"/>: 0.5, 1e-2, 0x1p-3, inf) with an optional s, m, h or d.</summary>
public static class Sleep
{
    /// <summary>Runs sleep.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 1 after a usage error.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("sleep");
        Options? options = Options.Parse(command, args, "");
        if (options is null)
            return command.ExitStatus;
        if (options.Operands.Count == 0)
            return command.Usage("missing operand");
        double seconds = 0;
        bool valid = true;
        foreach (string operand in options.Operands)
        {
            if (Interval.TryParse(operand, out double interval))
            {
                seconds += interval;
                continue;
            }

            command.Error("invalid time interval " + Quoting.Always(operand));
            valid = false;
        }

        if (!valid)
            return command.Usage("");

        // "inf", or more milliseconds than a long holds (292 million years): as long as a long will wait
        long milliseconds = seconds * 1000 >= long.MaxValue ? long.MaxValue : (long)Math.Ceiling(seconds * 1000);
        while (milliseconds > 0)
        {
            long piece = Math.Min(milliseconds, int.MaxValue);
            Sys.Sleep(piece);
            milliseconds -= piece;
        }

        return command.Finish();
    }
}
