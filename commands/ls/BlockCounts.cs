namespace Minix.Commands.Ls;

/// <summary>
/// Sizes as GNU ls writes them (gnulib's human_readable, rounding up): in units of a block size, with the unit's
/// letter after when the block size was given as one ("K", "MB", "KiB"), or with -h (--si) scaled to the largest
/// unit of 1024 (1000) the amount reaches, with one decimal below 10 ("4.0K", "69K", "1.5M"; --si "70k"); an
/// amount below one unit stays as it is.
/// </summary>
internal static class BlockCounts
{
    private const string Letters = "KMGTPEZY";

    /// <summary><paramref name="bytes"/> for the size column of -l.</summary>
    public static string Size(long bytes, SizeUnit unit) => Format((ulong)Math.Max(0, bytes), 1, unit);

    /// <summary><paramref name="blocks"/> 512-byte blocks, for -s and the "total" line.</summary>
    public static string Blocks(long blocks, SizeUnit unit) => Format((ulong)Math.Max(0, blocks), 512, unit);

    private static string Format(ulong amount, ulong from, SizeUnit unit)
    {
        ulong bytes = amount * from;
        if (unit.Autoscale)
            return Scaled(bytes, unit.Base);
        string number = (bytes / unit.Block + (bytes % unit.Block != 0 ? 1UL : 0UL)).ToString();
        if (!unit.Letter)
            return number;

        // the letter of the power of the base the block size reaches
        int exponent = 0;
        for (ulong power = 1; power < unit.Block && exponent < Letters.Length; power *= unit.Base)
            exponent++;
        if (exponent > 0)
            number += unit.Base == 1000 && exponent == 1 ? 'k' : Letters[exponent - 1];
        if (unit.Bytes)
            number += unit.Base == 1024 && exponent > 0 ? "iB" : "B";
        return number;
    }

    /// <summary>gnulib's human_readable with human_autoscale and human_ceiling.</summary>
    private static string Scaled(ulong amount, ulong unit)
    {
        int exponent = 0;
        ulong power = 1;
        while (amount / power >= unit && exponent < Letters.Length)
        {
            power *= unit;
            exponent++;
        }

        if (exponent == 0)
            return amount.ToString();
        ulong whole = amount / power, rest = amount % power;
        string number;
        if (whole < 10)
        {
            // tenths rounded up; 9.95 and more is 10, written without a decimal
            ulong tenths = rest * 10 / power + (rest * 10 % power != 0 ? 1UL : 0UL);
            if (tenths == 10)
            {
                whole++;
                tenths = 0;
            }

            number = whole < 10 ? whole + "." + tenths : whole.ToString();
        }
        else
        {
            if (rest != 0)
                whole++;
            number = whole.ToString();
            if (whole == unit && exponent < Letters.Length)
            {
                exponent++;
                number = "1.0";
            }
        }

        char letter = unit == 1000 && exponent == 1 ? 'k' : Letters[exponent - 1];
        return number + letter;
    }
}
