namespace Minix.Commands.Shell;

/// <summary>
/// A double written as C's printf writes it (glibc, which dash's printf uses) for %f %F %e %E %g %G %a %A, from its
/// IEEE bits: the digits are the exact binary value rounded to the precision, ties to even, worked out with
/// <see cref="BigNatural"/>, as the image has no floating-point formatting. The sign and the padding are the caller's.
/// </summary>
public static class FloatText
{
    /// <summary>
    /// The text of the magnitude of the double with <paramref name="bits"/> under <paramref name="conversion"/>: digits,
    /// point and exponent, without sign and (for %a) without the "0x" that comes before any zero padding.
    /// </summary>
    /// <param name="bits">The double's bits.</param>
    /// <param name="conversion">One of f F e E g G a A.</param>
    /// <param name="precision">The precision, or -1 for none given.</param>
    /// <param name="alternate">The '#' flag: always a point, and %g keeps its trailing zeros.</param>
    /// <param name="special">Set for infinity and NaN (no zero padding, no "0x").</param>
    /// <returns>The text.</returns>
    public static string Body(ulong bits, char conversion, int precision, bool alternate, out bool special)
    {
        bool upper = conversion is 'F' or 'E' or 'G' or 'A';
        int field = (int)((bits >> 52) & 0x7FF);
        ulong fraction = bits & 0xFFFFFFFFFFFFFUL;
        special = field == 0x7FF;
        if (special)
            return fraction == 0 ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan");
        ulong mantissa = field == 0 ? fraction : fraction | (1UL << 52);
        int exponent = (field == 0 ? 1 : field) - 1075;
        char lower = (char)(conversion | 0x20);
        if (lower == 'a')
            return Hexadecimal(field, fraction, precision, alternate, upper);
        if (precision < 0)
            precision = 6;
        if (lower == 'f')
            return Fixed(mantissa, exponent, precision, alternate);
        if (lower == 'e')
        {
            string digits = Scientific(mantissa, exponent, precision, out int power);
            return WithExponent(digits, power, alternate, upper);
        }

        int significant = precision == 0 ? 1 : precision;
        string general = Scientific(mantissa, exponent, significant - 1, out int x);
        if (alternate && x == significant && Below(mantissa, exponent, x))
        {
            // glibc's quirk: rounding carried a number that %f would have taken up to 10^P, and %#g writes it "1.e+P".
            return WithExponent("1", x, alternate, upper);
        }

        string text = significant > x && x >= -4
            ? Fixed(mantissa, exponent, significant - 1 - x, alternate)
            : WithExponent(general, x, alternate, upper);
        return alternate ? text : WithoutTrailingZeros(text);
    }

    /// <summary>The value rounded to <paramref name="decimals"/> places, as "ddd.ddd".</summary>
    private static string Fixed(ulong mantissa, int exponent, int decimals, bool alternate)
    {
        string digits = Scaled(mantissa, exponent, decimals).ToDecimal();
        if (digits.Length <= decimals)
            digits = new string('0', decimals + 1 - digits.Length) + digits;
        string whole = digits.Substring(0, digits.Length - decimals);
        return decimals > 0 || alternate ? whole + "." + digits.Substring(digits.Length - decimals) : whole;
    }

    /// <summary>The value's first <paramref name="decimals"/> + 1 significant digits, rounded; <paramref name="power"/> the power of ten of the first.</summary>
    private static string Scientific(ulong mantissa, int exponent, int decimals, out int power)
    {
        power = 0;
        if (mantissa == 0)
            return new string('0', decimals + 1);
        int length = 0;
        for (ulong rest = mantissa; rest != 0; rest >>= 1)
            length++;

        // floor(log2 * log10(2)), at most one off, then corrected by the digits' count.
        power = (int)(((long)(length - 1 + exponent) * 78913) >> 18);
        for (int attempt = 0; attempt < 4; attempt++)
        {
            string digits = Scaled(mantissa, exponent, decimals - power).ToDecimal();
            if (digits.Length > decimals + 1)
                power++;
            else if (digits.Length < decimals + 1)
                power--;
            else
                return digits;
        }

        return Scaled(mantissa, exponent, decimals - power).ToDecimal();
    }

    /// <summary>Whether mantissa * 2^exponent is below 10^<paramref name="power"/> (not negative).</summary>
    private static bool Below(ulong mantissa, int exponent, int power)
    {
        var value = new BigNatural(mantissa);
        if (exponent > 0)
            value.ShiftLeft(exponent);
        var bound = new BigNatural(1);
        bound.MultiplyByPowerOfTen(power);
        if (exponent < 0)
            bound.ShiftLeft(-exponent);
        return value.CompareTo(bound) < 0;
    }

    /// <summary>mantissa * 2^exponent * 10^power, rounded to an integer, ties to even.</summary>
    private static BigNatural Scaled(ulong mantissa, int exponent, int power)
    {
        var numerator = new BigNatural(mantissa);
        if (exponent > 0)
            numerator.ShiftLeft(exponent);
        if (power > 0)
            numerator.MultiplyByPowerOfTen(power);
        if (power >= 0)
        {
            if (exponent >= 0)
                return numerator;
            int drop = -exponent;
            bool half = numerator.Bit(drop - 1);
            bool rest = numerator.AnyLowBits(drop - 1);
            numerator.ShiftRight(drop);
            if (half && (rest || numerator.Bit(0)))
                numerator.Increment();
            return numerator;
        }

        var denominator = new BigNatural(1);
        denominator.MultiplyByPowerOfTen(-power);
        if (exponent < 0)
            denominator.ShiftLeft(-exponent);
        BigNatural quotient = numerator.DivideBy(denominator);
        numerator.ShiftLeft(1);
        int compared = numerator.CompareTo(denominator);
        if (compared > 0 || (compared == 0 && quotient.Bit(0)))
            quotient.Increment();
        return quotient;
    }

    /// <summary>"d.ddde+XX" from the digits and the power of ten of the first.</summary>
    private static string WithExponent(string digits, int power, bool alternate, bool upper)
    {
        string text = digits.Substring(0, 1);
        if (digits.Length > 1 || alternate)
            text += "." + digits.Substring(1);
        int magnitude = power < 0 ? -power : power;
        string exponentDigits = Decimal(magnitude);
        if (exponentDigits.Length < 2)
            exponentDigits = "0" + exponentDigits;
        return text + (upper ? "E" : "e") + (power < 0 ? "-" : "+") + exponentDigits;
    }

    /// <summary>%g without '#': the fraction's trailing zeros go, and the point with them if nothing is left after it.</summary>
    private static string WithoutTrailingZeros(string text)
    {
        int point = text.IndexOf('.');
        if (point < 0)
            return text;
        int exponentAt = point;
        while (exponentAt < text.Length && text[exponentAt] != 'e' && text[exponentAt] != 'E')
            exponentAt++;
        int end = exponentAt;
        while (end > point + 1 && text[end - 1] == '0')
            end--;
        if (end == point + 1)
            end = point;
        return text.Substring(0, end) + text.Substring(exponentAt);
    }

    /// <summary>%a's "h.hhhp+d" (after the "0x"): a normal number starts 1, a subnormal 0 with exponent -1022.</summary>
    private static string Hexadecimal(int field, ulong fraction, int precision, bool alternate, bool upper)
    {
        ulong lead = field == 0 ? 0UL : 1UL;
        int power = field == 0 ? (fraction == 0 ? 0 : -1022) : field - 1023;
        int count = 13;
        if (precision < 0)
        {
            while (count > 0 && (fraction & 0xF) == 0)
            {
                fraction >>= 4;
                count--;
            }
        }
        else if (precision < 13)
        {
            int dropped = 4 * (13 - precision);
            ulong value = (lead << 52 | fraction) >> dropped;
            ulong rest = fraction & ((1UL << dropped) - 1);
            ulong half = 1UL << (dropped - 1);
            if (rest > half || (rest == half && (value & 1) != 0))
                value++;
            lead = value >> (4 * precision);
            fraction = value & ((1UL << (4 * precision)) - 1);
            count = precision;
        }

        string hex = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        var text = new System.Text.StringBuilder();
        text.Append(hex[(int)lead]);
        if (count > 0 || alternate || precision > 0)
            text.Append('.');
        for (int i = count - 1; i >= 0; i--)
            text.Append(hex[(int)((fraction >> (4 * i)) & 0xF)]);
        for (int i = count; i < precision; i++)
            text.Append('0');
        text.Append(upper ? 'P' : 'p').Append(power < 0 ? '-' : '+').Append(Decimal(power < 0 ? -power : power));
        return text.ToString();
    }

    /// <summary>The decimal digits of <paramref name="value"/>.</summary>
    /// <param name="value">Not negative.</param>
    /// <returns>The digits.</returns>
    public static string Decimal(ulong value)
    {
        var digits = new char[20];
        int at = 20;
        do
        {
            digits[--at] = (char)('0' + (int)(value % 10));
            value /= 10;
        }
        while (value != 0);
        return new string(digits, at, 20 - at);
    }

    private static string Decimal(int value) => Decimal((ulong)value);
}
