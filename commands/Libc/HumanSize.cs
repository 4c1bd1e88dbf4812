namespace Minix.Commands.Libc;

/// <summary>
/// Sizes and rates as coreutils' human_readable writes them with autoscaling and a space before the unit: "1.5 kB",
/// "98 KiB", "10.1 MB": one decimal below 10 (for a rate, below 100), rounded to the nearest; a count that rounds up to
/// 1000 (1024) of one unit is written as 1.0 of the next.
/// </summary>
public static class HumanSize
{
    private const string Prefixes = "kMGTPEZY";

    /// <summary>An exact byte count in powers of 1000 (kB) or 1024 (KiB).</summary>
    /// <param name="bytes">The count (at least one unit).</param>
    /// <param name="binary">1024 and KiB, MiB ...; else 1000 and kB, MB ...</param>
    /// <returns>The text, e.g. "1.5 kB".</returns>
    public static string Exact(long bytes, bool binary)
    {
        long unitBase = binary ? 1024 : 1000;
        int exponent = 0;
        long power = 1;
        while (bytes / power >= unitBase && exponent < Prefixes.Length)
        {
            power *= unitBase;
            exponent++;
        }

        long whole = bytes / power, rest = bytes % power;
        long tenths = rest * 10 / power, beyond = rest * 10 % power;
        string number;
        if (whole < 10)
        {
            // nearest tenth, ties to even
            if (beyond * 2 > power || (beyond * 2 == power && tenths % 2 == 1))
                tenths++;
            if (tenths == 10)
            {
                whole++;
                tenths = 0;
            }

            number = whole < 10 ? whole + "." + tenths : whole.ToString();
        }
        else
        {
            if (tenths > 5 || (tenths == 5 && (beyond > 0 || whole % 2 == 1)))
                whole++;
            number = whole.ToString();

            // 999.5 kB rounds to 1000 kB, which GNU writes in the next unit up
            if (whole == unitBase && exponent < Prefixes.Length)
            {
                exponent++;
                number = "1.0";
            }
        }

        return number + " " + Unit(exponent, binary);
    }

    /// <summary>A rate in bytes a second, in powers of 1000 (at least kB/s).</summary>
    /// <param name="bytesPerSecond">The rate.</param>
    /// <returns>The text, e.g. "36.0 MB/s".</returns>
    public static string Rate(double bytesPerSecond)
    {
        int exponent = 1;
        double scale = 1000;
        while (scale * 1000 <= bytesPerSecond && exponent < Prefixes.Length)
        {
            scale *= 1000;
            exponent++;
        }

        double value = bytesPerSecond / scale;
        string number = value.ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        if (number.Length > 4)
            number = value.ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
        if (number == "1000" && exponent < Prefixes.Length)
        {
            exponent++;
            number = "1.0";
        }
        return number + " " + Unit(exponent, binary: false) + "/s";
    }

    /// <summary>printf's %g with 6 significant digits ("3.1112e-05", "0.000153525", "2.5").</summary>
    /// <param name="value">A non-negative number.</param>
    /// <returns>The text.</returns>
    public static string General(double value)
    {
        if (value == 0)
            return "0";
        string scientific = value.ToString("E5", System.Globalization.CultureInfo.InvariantCulture); // d.dddddE+xxx
        int e = scientific.IndexOf('E');
        int exponent = int.Parse(scientific.Substring(e + 1), System.Globalization.CultureInfo.InvariantCulture);
        string digits = scientific.Substring(0, 1) + scientific.Substring(2, e - 2);
        if (exponent < -4 || exponent >= 6)
        {
            string mantissa = TrimZeros(digits.Substring(0, 1) + "." + digits.Substring(1));
            return mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString().PadLeft(2, '0');
        }

        string fixedText = exponent >= 0
            ? digits.Substring(0, exponent + 1) + "." + digits.Substring(exponent + 1)
            : "0." + new string('0', -exponent - 1) + digits;
        return TrimZeros(fixedText);
    }

    private static string TrimZeros(string text)
    {
        if (text.IndexOf('.') < 0)
            return text;
        text = text.TrimEnd('0');
        return text.EndsWith('.') ? text.Substring(0, text.Length - 1) : text;
    }

    private static string Unit(int exponent, bool binary) =>
        exponent == 0 ? "B" : binary ? (exponent == 1 ? "K" : Prefixes[exponent - 1].ToString().ToUpperInvariant()) + "iB" : Prefixes[exponent - 1] + "B";
}
