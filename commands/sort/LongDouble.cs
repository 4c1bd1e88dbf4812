namespace Minix.Commands.Sort;

/// <summary>
/// A finite or infinite number as x86's 80-bit long double holds it (a 64-bit mantissa, rounded to nearest, ties to
/// even), which is what GNU sort -g compares: numbers that round to the same long double are equal, and 1e400 is
/// finite. Numbers below the long double's range are zero; its subnormals are not modelled.
/// </summary>
internal readonly struct LongDouble
{
    private const int MaxExponent = 16384;
    private const int MinExponent = -16445;

    // a value is Mantissa * 2^Exponent with the mantissa's top bit set, or zero (Mantissa 0)
    private readonly ulong _mantissa;
    private readonly int _exponent;
    private readonly bool _infinite;

    private LongDouble(bool negative, ulong mantissa, int exponent, bool infinite)
    {
        Negative = negative;
        _mantissa = mantissa;
        _exponent = exponent;
        _infinite = infinite;
    }

    /// <summary>Whether the sign is minus (-0 included, though it equals 0).</summary>
    public bool Negative { get; }

    /// <summary>Plus or minus infinity.</summary>
    public static LongDouble Infinity(bool negative) => new(negative, 0, 0, true);

    /// <summary>The long double nearest to <paramref name="integer"/> * 2^<paramref name="binaryExponent"/>.</summary>
    public static LongDouble FromBinary(bool negative, BigNatural integer, int binaryExponent)
    {
        int bits = integer.BitLength;
        if (bits == 0)
            return new LongDouble(negative, 0, 0, false);
        if (bits <= 64)
            return Normal(negative, integer.Low64 << (64 - bits), binaryExponent + bits - 64, roundUp: false);
        int low = bits - 64;
        bool half = integer.Bit(low - 1), sticky = integer.AnyLowBits(low - 1);
        ulong mantissa = integer.Top64(out _);
        return Normal(negative, mantissa, binaryExponent + low, half && (sticky || (mantissa & 1) != 0));
    }

    /// <summary>The long double nearest to <paramref name="digits"/> * 10^<paramref name="decimalExponent"/>.</summary>
    public static LongDouble FromDecimal(bool negative, BigNatural digits, int digitCount, int decimalExponent)
    {
        if (digits.IsZero)
            return new LongDouble(negative, 0, 0, false);
        // far outside the range (about 1e-4951 to 1e4932): no need for the exact value
        if (digitCount + decimalExponent > 4934)
            return Infinity(negative);
        if (digitCount + decimalExponent < -4952)
            return new LongDouble(negative, 0, 0, false);
        if (decimalExponent >= 0)
        {
            var integer = new BigNatural(digits);
            integer.MultiplyByPowerOfTen(decimalExponent);
            return FromBinary(negative, integer, 0);
        }

        var divisor = new BigNatural(1);
        divisor.MultiplyByPowerOfTen(-decimalExponent);

        // scale numerator or divisor by a power of two so that the quotient has exactly 64 bits
        int shift = 64 + divisor.BitLength - digits.BitLength;
        Scale(digits, divisor, shift, out BigNatural scaled, out BigNatural scaledDivisor);
        var limit = new BigNatural(scaledDivisor);
        limit.ShiftLeft(64);
        if (scaled.CompareTo(limit) >= 0)
            Scale(digits, divisor, --shift, out scaled, out scaledDivisor);
        ulong quotient = scaled.DivideBy(scaledDivisor).Low64;

        // the remainder decides the rounding: against half the divisor
        scaled.ShiftLeft(1);
        int half = scaled.CompareTo(scaledDivisor);
        return Normal(negative, quotient, -shift, half > 0 || (half == 0 && (quotient & 1) != 0));
    }

    /// <summary>
    /// <see cref="FromDecimal"/> without allocating, for the common case: fewer than 20 digits and a small exponent.
    /// </summary>
    /// <returns>False when the number is outside that case.</returns>
    public static bool TryFromSmallDecimal(bool negative, ulong digits, int decimalExponent, out LongDouble value)
    {
        value = default;
        if (decimalExponent > 19 || decimalExponent < -19)
            return false;
        if (digits == 0)
        {
            value = new LongDouble(negative, 0, 0, false);
            return true;
        }

        if (decimalExponent >= 0)
        {
            for (int i = 0; i < decimalExponent; i++)
            {
                if (digits > ulong.MaxValue / 10)
                    return false;
                digits *= 10;
            }

            int zeros = LeadingZeros(digits);
            value = Normal(negative, digits << zeros, -zeros, roundUp: false);
            return true;
        }

        ulong divisor = 1;
        for (int i = 0; i < -decimalExponent; i++)
            divisor *= 10;

        // digits * 2^shift / divisor, with the shift that makes the quotient 64 bits long
        int shift = 64 + (64 - LeadingZeros(divisor)) - (64 - LeadingZeros(digits));
        Shifted(digits, shift, out ulong high, out ulong low);
        if (high >= divisor)
            Shifted(digits, --shift, out high, out low);
        ulong quotient = 0, remainder = 0;
        for (int bit = 127; bit >= 0; bit--)
        {
            ulong carry = remainder >> 63;
            ulong next = bit >= 64 ? (high >> (bit - 64)) & 1 : (low >> bit) & 1;
            remainder = (remainder << 1) | next;
            quotient <<= 1;
            if (carry != 0 || remainder >= divisor)
            {
                remainder -= divisor;
                quotient |= 1;
            }
        }

        bool above = remainder >= (1UL << 63) || remainder * 2 > divisor;
        bool tie = remainder < (1UL << 63) && remainder * 2 == divisor;
        value = Normal(negative, quotient, -shift, above || (tie && (quotient & 1) != 0));
        return true;
    }

    private static void Shifted(ulong value, int shift, out ulong high, out ulong low)
    {
        high = shift >= 64 ? value << (shift - 64) : shift == 0 ? 0 : value >> (64 - shift);
        low = shift >= 64 ? 0 : value << shift;
    }

    private static int LeadingZeros(ulong value)
    {
        int zeros = 0;
        for (ulong bit = 1UL << 63; bit != 0 && (value & bit) == 0; bit >>= 1)
            zeros++;
        return zeros;
    }

    /// <summary>Negative, 0 or positive as this is less than, equal to or greater than <paramref name="other"/>; -0 equals 0.</summary>
    public int CompareTo(LongDouble other)
    {
        int sign = IsZero ? 0 : Negative ? -1 : 1, otherSign = other.IsZero ? 0 : other.Negative ? -1 : 1;
        if (sign != otherSign)
            return sign.CompareTo(otherSign);
        int magnitude = CompareMagnitude(this, other);
        return sign < 0 ? -magnitude : magnitude;
    }

    private bool IsZero => !_infinite && _mantissa == 0;

    private static int CompareMagnitude(LongDouble a, LongDouble b)
    {
        if (a._infinite || b._infinite)
            return (a._infinite ? 1 : 0) - (b._infinite ? 1 : 0);
        if (a._exponent != b._exponent)
            return a._exponent.CompareTo(b._exponent);
        return a._mantissa.CompareTo(b._mantissa);
    }

    private static LongDouble Normal(bool negative, ulong mantissa, int exponent, bool roundUp)
    {
        if (roundUp)
        {
            mantissa++;
            if (mantissa == 0)
            {
                mantissa = 1UL << 63;
                exponent++;
            }
        }

        if (exponent + 64 > MaxExponent)
            return Infinity(negative);
        if (exponent + 64 < MinExponent)
            return new LongDouble(negative, 0, 0, false);
        return new LongDouble(negative, mantissa, exponent, false);
    }

    private static void Scale(BigNatural numerator, BigNatural divisor, int shift, out BigNatural scaledNumerator, out BigNatural scaledDivisor)
    {
        scaledNumerator = new BigNatural(numerator);
        scaledDivisor = new BigNatural(divisor);
        if (shift > 0)
            scaledNumerator.ShiftLeft(shift);
        else
            scaledDivisor.ShiftLeft(-shift);
    }
}
