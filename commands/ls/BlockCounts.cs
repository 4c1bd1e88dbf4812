namespace Minix.Commands.Ls;

/// <summary>
/// Sizes as GNU ls writes them: in 1024-byte blocks rounded up (-s and the "total" line), or with -h (--si) scaled
/// to the largest unit of 1024 (1000) the amount reaches, rounded up, with one decimal below 10 ("4.0K", "69K",
/// "1.5M"; --si "70k"); an amount below one unit stays as it is.
/// </summary>
internal static class BlockCounts
{
    private const string Letters = "KMGTPEZY";

    /// <summary><paramref name="bytes"/> for the size column: as it is, or scaled with -h or --si (<paramref name="unit"/> 1024 or 1000; 0 for neither).</summary>
    public static string Size(long bytes, int unit) => unit == 0 ? bytes.ToString() : Scaled((ulong)Math.Max(0, bytes), (ulong)unit);

    /// <summary><paramref name="blocks"/> 512-byte blocks: in 1024-byte blocks rounded up, or scaled with -h or --si.</summary>
    public static string Blocks(long blocks, int unit) => unit == 0 ? ((blocks + 1) / 2).ToString() : Scaled((ulong)Math.Max(0, blocks) * 512, (ulong)unit);

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
