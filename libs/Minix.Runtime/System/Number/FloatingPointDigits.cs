namespace System;

// Exact and shortest decimal forms of doubles and floats, and the correctly rounded binary form of decimal digits:
// big-number arithmetic, slow but exact, so the image prints and parses floating-point numbers as .NET does.
internal static class FloatingPointDigits
{
    // A format: bits of mantissa stored (52 or 23), exponent bias, all-ones exponent.
    internal readonly struct Layout(int mantissaBits, int bias, int maxExponent)
    {
        public int MantissaBits => mantissaBits;
        public int Bias => bias;
        public int MaxExponent => maxExponent;
    }

    public static readonly Layout Double = new(52, 1023, 2047);
    public static readonly Layout Single = new(23, 127, 255);

    // value = mantissa x 2^exponent, exactly, as decimal digits.
    public static DecimalDigits Exact(ulong mantissa, int exponent, bool negative)
    {
        var digits = new DecimalDigits { Negative = negative };
        if (mantissa == 0)
            return digits;
        var number = new BigNatural(mantissa);
        int scale;
        if (exponent >= 0)
        {
            number.ShiftLeft(exponent);
            scale = 0;
        }
        else
        {
            // m / 2^k = m * 5^k / 10^k.
            number.MultiplyByPowerOfFive(-exponent);
            scale = exponent;
        }

        string text = number.ToDecimal();
        foreach (char c in text)
            digits.Append(c);
        digits.Scale = text.Length + scale;
        digits.TrimTrailingZeros();
        digits.Scale = text.Length + scale;
        return digits;
    }

    // The mantissa and binary exponent of a finite value of the layout (raw bits in).
    public static (ulong Mantissa, int Exponent) Decompose(ulong bits, Layout layout)
    {
        int biased = (int)(bits >> layout.MantissaBits) & layout.MaxExponent;
        ulong fraction = bits & ((1UL << layout.MantissaBits) - 1);
        if (biased == 0)
            return (fraction, 1 - layout.Bias - layout.MantissaBits);
        return (fraction | (1UL << layout.MantissaBits), biased - layout.Bias - layout.MantissaBits);
    }

    // The fewest significant digits that read back as the same value (the closest such, when several of that length do).
    public static DecimalDigits Shortest(ulong bits, Layout layout, bool negative)
    {
        var (mantissa, exponent) = Decompose(bits, layout);
        DecimalDigits exact = Exact(mantissa, exponent, negative);
        if (exact.Count == 0)
            return exact;
        int most = layout.MantissaBits == 52 ? 17 : 9;
        for (int precision = 1; precision < most && precision < exact.Count; precision++)
        {
            DecimalDigits candidate = Copy(exact);
            candidate.RoundToSignificant(precision);
            if (ToBinary(candidate, layout) == (bits & ~(1UL << (layout.MantissaBits == 52 ? 63 : 31))))
                return candidate;
        }

        DecimalDigits full = Copy(exact);
        full.RoundToSignificant(most);
        return full;
    }

    public static DecimalDigits Copy(DecimalDigits source)
    {
        var copy = new DecimalDigits { Scale = source.Scale, Negative = source.Negative };
        for (int i = 0; i < source.Count; i++)
            copy.Append(source.Digits[i]);
        return copy;
    }

    // The raw bits (sign excluded) of the value nearest to the digits, ties to even; infinity past the largest.
    public static ulong ToBinary(DecimalDigits digits, Layout layout)
    {
        if (digits.Count == 0 || digits.IsZero)
            return 0;
        int decimalExponent = digits.Scale - digits.Count;
        int maxDecimal = layout.MantissaBits == 52 ? 310 : 40;
        int minDecimal = layout.MantissaBits == 52 ? -345 : -48;
        ulong infinity = (ulong)layout.MaxExponent << layout.MantissaBits;
        if (digits.Scale > maxDecimal)
            return infinity;
        if (digits.Scale < minDecimal)
            return 0;

        var number = new BigNatural(0);
        foreach (char c in new ReadOnlySpan<char>(digits.Digits, 0, digits.Count))
            number.MultiplyAdd(10, (uint)(c - '0'));

        ulong top;
        bool sticky;
        int binaryExponent;
        if (decimalExponent >= 0)
        {
            number.MultiplyByPowerOfTen(decimalExponent);
            binaryExponent = number.BitLength - 1;
            top = number.Top64(out sticky);
        }
        else
        {
            var divisor = new BigNatural(1);
            divisor.MultiplyByPowerOfTen(-decimalExponent);
            int shift = Math.Max(0, 66 + divisor.BitLength - number.BitLength);
            number.ShiftLeft(shift);
            BigNatural quotient = number.DivideBy(divisor);
            binaryExponent = quotient.BitLength - 1 - shift;
            top = quotient.Top64(out sticky);
            sticky |= !number.IsZero;
        }

        return Round(top, sticky, binaryExponent, layout);
    }

    // `top` holds the significant bits with its highest at bit 63, worth 2^binaryExponent.
    private static ulong Round(ulong top, bool sticky, int binaryExponent, Layout layout)
    {
        int minExponent = 1 - layout.Bias;
        int keep = layout.MantissaBits + 1;
        if (binaryExponent < minExponent)
            keep -= minExponent - binaryExponent;
        if (keep <= 0)
        {
            // Below half the smallest subnormal: zero; above it: the smallest subnormal.
            if (keep == 0 && (top > (1UL << 63) || (top == (1UL << 63) && sticky)))
                return 1;
            return 0;
        }

        int drop = 64 - keep;
        ulong mantissa = top >> drop;
        ulong rest = drop == 0 ? 0 : top << (64 - drop);
        bool half = (rest & (1UL << 63)) != 0;
        bool beyond = (rest << 1) != 0 || sticky;
        if (half && (beyond || (mantissa & 1) != 0))
            mantissa++;

        // A subnormal's bits are its mantissa; one rounded up into the smallest normal is expressed by them too.
        if (binaryExponent < minExponent)
            return mantissa;
        if (mantissa >> keep != 0)
        {
            mantissa >>= 1;
            binaryExponent++;
        }

        int biased = binaryExponent + layout.Bias;
        if (biased >= layout.MaxExponent)
            return (ulong)layout.MaxExponent << layout.MantissaBits;
        return ((ulong)biased << layout.MantissaBits) | (mantissa & ((1UL << layout.MantissaBits) - 1));
    }
}
