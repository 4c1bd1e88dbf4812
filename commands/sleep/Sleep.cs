using Minix.Commands.Libc;

namespace Minix.Commands.Sleep;

/// <summary>sleep, as GNU coreutils': waits for the sum of its operands, each a decimal number of seconds with an optional s, m, h or d.</summary>
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
            if (Interval(operand) is double interval)
            {
                seconds += interval;
                continue;
            }

            command.Error("invalid time interval " + Quoting.Always(operand));
            valid = false;
        }

        if (!valid)
            return command.Usage("");
        long milliseconds = (long)Math.Ceiling(seconds * 1000);
        while (milliseconds > 0)
        {
            long piece = Math.Min(milliseconds, int.MaxValue);
            Sys.Sleep(piece);
            milliseconds -= piece;
        }

        return command.Finish();
    }

    /// <summary>An operand in seconds: digits with at most one point (at least one digit), then nothing or one of s, m, h, d.</summary>
    private static double? Interval(string operand)
    {
        int end = operand.Length;
        double unit = 1;
        if (end > 0 && "smhd".IndexOf(operand[end - 1]) is int suffix and >= 0)
        {
            unit = suffix switch { 0 => 1, 1 => 60, 2 => 3600, _ => 86400 };
            end--;
        }

        double whole = 0, scale = 0;
        int digits = 0;
        for (int i = 0; i < end; i++)
        {
            char c = operand[i];
            if (c == '.' && scale == 0)
            {
                scale = 1;
                continue;
            }

            if (c is < '0' or > '9')
                return null;
            digits++;
            if (scale == 0)
            {
                whole = whole * 10 + (c - '0');
            }
            else
            {
                scale /= 10;
                whole += (c - '0') * scale;
            }
        }

        return digits == 0 ? null : whole * unit;
    }
}
