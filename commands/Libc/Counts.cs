namespace Minix.Commands.Libc;

/// <summary>
/// Count arguments as coreutils reads them (head -n, tail -c, dd bs=): decimal digits and an optional multiplier
/// suffix (b 512, kB 1000, K or KiB 1024, MB, M, GB, G ...).
/// </summary>
public static class Counts
{
    /// <summary>Reads a count.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The count.</param>
    /// <returns>False if it is not one (or does not fit in a long).</returns>
    public static bool TryParse(string text, out long value)
    {
        value = 0;
        int digits = 0;
        while (digits < text.Length && text[digits] >= '0' && text[digits] <= '9')
        {
            if (value > (long.MaxValue - 9) / 10)
                return false;
            value = value * 10 + (text[digits++] - '0');
        }

        if (digits == 0)
            return false;
        long multiplier = Multiplier(text.Substring(digits));
        if (multiplier == 0 || (value != 0 && multiplier > long.MaxValue / value))
            return false;
        value *= multiplier;
        return true;
    }

    private static long Multiplier(string suffix)
    {
        if (suffix.Length == 0)
            return 1;
        if (suffix == "b")
            return 512;
        if (suffix == "c")
            return 1;
        if (suffix == "w")
            return 2;
        const string Letters = "KMGTPE";
        int power = Letters.IndexOf(char.ToUpperInvariant(suffix[0])) + 1;
        if (power == 0 || (suffix[0] == 'k' && suffix.Length == 1))
            return suffix == "k" ? 1024 : 0;
        long unit = suffix.Length == 1 || suffix.Substring(1) == "iB" ? 1024 : suffix.Substring(1) == "B" ? 1000 : 0;
        long result = 1;
        for (int i = 0; i < power && unit != 0; i++)
            result *= unit;
        return unit == 0 ? 0 : result;
    }
}
