namespace Minix.Commands.Ls;

/// <summary>
/// A block size as --block-size, LS_BLOCK_SIZE and BLOCK_SIZE give it (gnulib's human_options): "human-readable" or
/// "si" (any unambiguous prefix), or a count (decimal, 0 octal, 0x hexadecimal) with an optional unit K, M, G, T,
/// P, E, Z or Y (powers of 1024; "KiB" too, "KB" or "KD" powers of 1000); a unit without a count is one of it and
/// has its letter written after each size. A leading ' asks for digit grouping, which the C locale does not do.
/// </summary>
internal static class BlockSizeArgument
{
    /// <summary>What is wrong with an argument, as gnulib's xstrtol_fatal tells it.</summary>
    public enum Problem
    {
        None,
        Invalid,
        InvalidSuffix,
        TooLarge,
    }

    /// <summary>Reads <paramref name="text"/>.</summary>
    /// <param name="text">The argument.</param>
    /// <param name="unit">The unit; after a problem, the count as far as it was read (as xstrtoumax leaves it: 0 for no count, the largest when too large), which GNU ls takes from the environment.</param>
    /// <returns>What is wrong with it, or <see cref="Problem.None"/>.</returns>
    public static Problem Parse(string text, out SizeUnit unit)
    {
        unit = default;
        string spec = text.StartsWith('\'') ? text.Substring(1) : text;
        if (spec.Length > 0 && "human-readable".StartsWith(spec, StringComparison.Ordinal) != "si".StartsWith(spec, StringComparison.Ordinal))
        {
            unit = spec[0] == 'h' ? SizeUnit.HumanReadable : SizeUnit.Si;
            return Problem.None;
        }

        int at = 0;
        while (at < spec.Length && spec[at] is ' ' or '\t' or '\n' or '\v' or '\f' or '\r')
            at++;
        if (at < spec.Length && spec[at] == '-')
            return Problem.Invalid;
        if (at < spec.Length && spec[at] == '+')
            at++;
        int radix = 10;
        if (at + 2 < spec.Length && spec[at] == '0' && spec[at + 1] is 'x' or 'X' && Digit(spec[at + 2]) < 16)
        {
            radix = 16;
            at += 2;
        }
        else if (at < spec.Length && spec[at] == '0')
        {
            radix = 8;
        }

        ulong count = 0;
        bool overflow = false, digits = false;
        for (; at < spec.Length && Digit(spec[at]) < radix; at++)
        {
            digits = true;
            ulong digit = (ulong)Digit(spec[at]);
            overflow |= count > (ulong.MaxValue - digit) / (ulong)radix;
            count = count * (ulong)radix + digit;
        }

        if (!digits)
        {
            // no count: a unit alone is one of it, anything else is no number
            at = 0;
            if (at < spec.Length && "eEgGkKmMpPtTyYzZ".Contains(spec[at]))
                count = 1;
            else
                return Problem.Invalid;
        }

        ulong block = count;
        if (at < spec.Length)
        {
            // the units xstrtoumax knows (of the letters it takes, e, p, y and z only in capitals)
            int power = "KMGTPEZY".IndexOf(char.ToUpperInvariant(spec[at])) + 1;
            if (power == 0 || spec[at] is 'e' or 'p' or 'y' or 'z')
            {
                unit = SizeUnit.Of(overflow ? ulong.MaxValue : count);
                return count == 0 && !overflow ? Problem.Invalid : Problem.InvalidSuffix;
            }

            ulong unitBase = 1024;
            int length = 1;
            if (at + 2 < spec.Length && spec[at + 1] == 'i' && spec[at + 2] == 'B')
                length = 3;
            else if (at + 1 < spec.Length && spec[at + 1] is 'B' or 'D')
                (unitBase, length) = (1000, 2);
            for (int i = 0; i < power; i++)
            {
                overflow |= block > ulong.MaxValue / unitBase;
                block *= unitBase;
            }

            if (at + length != spec.Length)
            {
                unit = SizeUnit.Of(overflow ? ulong.MaxValue : block);
                return count == 0 && !overflow ? Problem.Invalid : Problem.InvalidSuffix;
            }
        }

        if (overflow)
        {
            unit = SizeUnit.Of(ulong.MaxValue);
            return Problem.TooLarge;
        }

        if (block == 0)
            return Problem.Invalid;

        // a unit written before any digit is written after each size: "K" gives "69K", "KB" "70kB", "KiB" "69KiB"
        bool letter = !digits;
        bool bytes = letter && spec[^1] == 'B';
        unit = new SizeUnit(block, bytes && spec[^2] != 'i' ? 1000UL : 1024UL, false, letter, bytes);
        return Problem.None;
    }

    /// <summary>The message for <paramref name="problem"/> with <paramref name="argument"/>, as gnulib's xstrtol_fatal writes it (the argument between quotes as it is).</summary>
    public static string Complaint(Problem problem, string argument) => problem switch
    {
        Problem.InvalidSuffix => "invalid suffix in --block-size argument '" + argument + "'",
        Problem.TooLarge => "--block-size argument '" + argument + "' too large",
        _ => "invalid --block-size argument '" + argument + "'",
    };

    private static int Digit(char c) => c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : c is >= 'A' and <= 'F' ? c - 'A' + 10 : 99;
}
