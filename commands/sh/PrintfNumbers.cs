namespace Minix.Commands.Shell;

/// <summary>How reading a printf number went, as dash's check_conversion tells it.</summary>
public enum NumberReading
{
    /// <summary>All of it was a number in range.</summary>
    Whole,

    /// <summary>No number at its start: "expected numeric value" (its value is 0).</summary>
    NotNumeric,

    /// <summary>A number followed by more: "not completely converted" (the number's value).</summary>
    Partial,

    /// <summary>All of it a number, but out of range (ERANGE): "Numerical result out of range".</summary>
    OutOfRange,
}

/// <summary>
/// printf's numeric operands read as the C library reads them for dash: strtoimax and strtoumax with base 0 (blanks,
/// a sign, 0x hexadecimal, 0 octal, else decimal; clamped on overflow) and strtod (decimal or 0x hexadecimal with
/// exponents, inf, infinity, nan and nan(...), correctly rounded to a double, as its IEEE bits).
/// </summary>
public static class PrintfNumbers
{
    /// <summary>Whether <paramref name="c"/> is a blank as isspace takes it in the C locale.</summary>
    private static bool IsSpace(byte c) => c == ' ' || (c >= '\t' && c <= '\r');

    private static int DigitValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'z' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'Z' => c - 'A' + 10,
        _ => 99,
    };

    /// <summary>strtoimax(text, &amp;end, 0) (<paramref name="signed"/>) or strtoumax.</summary>
    /// <param name="text">The operand's bytes.</param>
    /// <param name="signed">Read as intmax_t (clamped to its range), else as uintmax_t (a '-' negates modulo 2^64).</param>
    /// <param name="value">The value, as 64 bits.</param>
    /// <returns>How the reading went.</returns>
    public static NumberReading ReadInteger(byte[] text, bool signed, out ulong value)
    {
        value = 0;
        int at = 0;
        while (at < text.Length && IsSpace(text[at]))
            at++;
        bool negative = at < text.Length && text[at] == '-';
        if (at < text.Length && (text[at] == '-' || text[at] == '+'))
            at++;
        uint radix = 10;
        if (at < text.Length && text[at] == '0')
        {
            radix = 8;
            if (at + 2 < text.Length && (text[at + 1] | 0x20) == 'x' && DigitValue(text[at + 2]) < 16)
            {
                radix = 16;
                at += 2;
            }
        }

        int start = at;
        ulong magnitude = 0;
        bool overflow = false;
        for (; at < text.Length && DigitValue(text[at]) < radix; at++)
        {
            ulong digit = (ulong)DigitValue(text[at]);
            if (magnitude > (ulong.MaxValue - digit) / radix)
                overflow = true;
            else
                magnitude = magnitude * radix + digit;
        }

        if (at == start)
            return text.Length == 0 ? NumberReading.Whole : NumberReading.NotNumeric;
        if (signed)
        {
            ulong limit = negative ? 0x8000000000000000UL : 0x7FFFFFFFFFFFFFFFUL;
            if (overflow || magnitude > limit)
            {
                overflow = true;
                magnitude = limit;
            }

            value = negative ? (ulong)-(long)(magnitude - 1) - 1 : magnitude;
        }
        else
        {
            if (overflow)
                magnitude = ulong.MaxValue;
            value = negative && !overflow ? (ulong)0 - magnitude : magnitude;
        }

        return at < text.Length ? NumberReading.Partial : overflow ? NumberReading.OutOfRange : NumberReading.Whole;
    }

    /// <summary>strtod(text, &amp;end): the double's IEEE 754 bits.</summary>
    /// <param name="text">The operand's bytes.</param>
    /// <param name="bits">The double, as its bits.</param>
    /// <returns>How the reading went (out of range: overflow to infinity, or a result below the normal range that is not exact).</returns>
    public static NumberReading ReadDouble(byte[] text, out ulong bits)
    {
        bits = 0;
        int at = 0;
        while (at < text.Length && IsSpace(text[at]))
            at++;
        ulong sign = at < text.Length && text[at] == '-' ? 1UL << 63 : 0;
        if (at < text.Length && (text[at] == '-' || text[at] == '+'))
            at++;
        int start = at;
        bool range = false;
        if (HasWord(text, at, "inf"))
        {
            at += HasWord(text, at, "infinity") ? 8 : 3;
            bits = 0x7FF0000000000000UL;
        }
        else if (HasWord(text, at, "nan"))
        {
            at += 3;
            bits = 0x7FF8000000000000UL;
            int close = at;
            if (close < text.Length && text[close] == '(')
            {
                close++;
                while (close < text.Length && (DigitValue(text[close]) < 36 || text[close] == '_'))
                    close++;
                if (close < text.Length && text[close] == ')')
                    at = close + 1;
            }
        }
        else if (at + 1 < text.Length && text[at] == '0' && (text[at + 1] | 0x20) == 'x' && HexMantissaFollows(text, at + 2))
        {
            bits = ReadHexadecimal(text, ref at, ref range);
        }
        else
        {
            bits = ReadDecimal(text, ref at, ref range);
        }

        if (at == start)
        {
            bits = 0;
            return text.Length == 0 ? NumberReading.Whole : NumberReading.NotNumeric;
        }

        bits |= sign;
        return at < text.Length ? NumberReading.Partial : range ? NumberReading.OutOfRange : NumberReading.Whole;
    }

    private static bool HexMantissaFollows(byte[] text, int at)
    {
        if (at < text.Length && text[at] == '.')
            at++;
        return at < text.Length && DigitValue(text[at]) < 16;
    }

    /// <summary>Digits with an optional point, then an optional exponent "e[+-]digits"; nothing read if no digit.</summary>
    private static ulong ReadDecimal(byte[] text, ref int at, ref bool range)
    {
        var mantissa = new BigNatural(0);
        int i = at, digits = 0, significant = 0;
        long exponent = 0;
        bool point = false;
        for (; i < text.Length; i++)
        {
            if (text[i] == '.' && !point)
            {
                point = true;
                continue;
            }

            if (text[i] < '0' || text[i] > '9')
                break;
            digits++;
            if (significant > 0 || text[i] != '0')
            {
                significant++;
                mantissa.MultiplyAdd(10, (uint)(text[i] - '0'));
            }

            if (point)
                exponent--;
        }

        if (digits == 0)
            return 0;
        at = i;
        exponent += ReadExponent(text, ref at, 'e');
        if (mantissa.IsZero)
            return 0;
        if (significant + exponent > 311)
        {
            range = true;
            return 0x7FF0000000000000UL;
        }

        if (significant + exponent < -330)
        {
            range = true;
            return 0;
        }

        var denominator = new BigNatural(1);
        if (exponent >= 0)
            mantissa.MultiplyByPowerOfTen((int)exponent);
        else
            denominator.MultiplyByPowerOfTen((int)-exponent);
        return Round(mantissa, denominator, ref range);
    }

    /// <summary>"0x", hexadecimal digits with an optional point, then an optional binary exponent "p[+-]digits".</summary>
    private static ulong ReadHexadecimal(byte[] text, ref int at, ref bool range)
    {
        var mantissa = new BigNatural(0);
        int i = at + 2;
        long exponent = 0;
        bool point = false;
        for (; i < text.Length; i++)
        {
            if (text[i] == '.' && !point)
            {
                point = true;
                continue;
            }

            int digit = DigitValue(text[i]);
            if (digit >= 16)
                break;
            if (!mantissa.IsZero || digit != 0)
            {
                if (mantissa.BitLength > 2000)
                {
                    // Far beyond a double's precision: only whether more bits are set matters (kept as a low 1).
                    if (digit != 0 && !mantissa.Bit(0))
                        mantissa.Increment();
                    if (!point)
                        exponent += 4;
                    continue;
                }

                mantissa.MultiplyAdd(16, (uint)digit);
            }

            if (point)
                exponent -= 4;
        }

        at = i;
        exponent += ReadExponent(text, ref at, 'p');
        if (mantissa.IsZero)
            return 0;
        long top = mantissa.BitLength + exponent;
        if (top > 1025)
        {
            range = true;
            return 0x7FF0000000000000UL;
        }

        if (top < -1080)
        {
            range = true;
            return 0;
        }

        var denominator = new BigNatural(1);
        if (exponent >= 0)
            mantissa.ShiftLeft((int)exponent);
        else
            denominator.ShiftLeft((int)-exponent);
        return Round(mantissa, denominator, ref range);
    }

    /// <summary>An exponent after <paramref name="letter"/> (either case), if digits follow; else 0 and nothing read.</summary>
    private static long ReadExponent(byte[] text, ref int at, char letter)
    {
        if (at >= text.Length || (text[at] | 0x20) != letter)
            return 0;
        int i = at + 1;
        bool negative = i < text.Length && text[i] == '-';
        if (i < text.Length && (text[i] == '-' || text[i] == '+'))
            i++;
        if (i >= text.Length || text[i] < '0' || text[i] > '9')
            return 0;
        long exponent = 0;
        for (; i < text.Length && text[i] >= '0' && text[i] <= '9'; i++)
            exponent = Math.Min(exponent * 10 + (text[i] - '0'), 100000);
        at = i;
        return negative ? -exponent : exponent;
    }

    /// <summary>
    /// The double nearest <paramref name="numerator"/> / <paramref name="denominator"/> (ties to even), as its bits;
    /// <paramref name="range"/> is set on overflow, or when the quotient is below the normal range and not exact.
    /// </summary>
    private static ulong Round(BigNatural numerator, BigNatural denominator, ref bool range)
    {
        // q = floor(numerator * 2^shift / denominator) with 55 or 56 bits; the value is (q + a fraction) * 2^-shift.
        int shift = 55 - (numerator.BitLength - denominator.BitLength);
        if (shift >= 0)
            numerator.ShiftLeft(shift);
        else
            denominator.ShiftLeft(-shift);
        ulong q = numerator.DivideBy(denominator).Low64;
        bool sticky = !numerator.IsZero;
        int length = 0;
        for (ulong rest = q; rest != 0; rest >>= 1)
            length++;
        long binaryExponent = length - 1 - shift; // the value is in [2^binaryExponent, 2^(binaryExponent+1))
        long unit = Math.Max(binaryExponent - 52, -1074); // the exponent of the last place kept
        long drop = unit + shift;
        ulong kept;
        bool inexact;
        if (drop >= 64)
        {
            kept = 0;
            inexact = true;
        }
        else
        {
            kept = q >> (int)drop;
            ulong dropped = q & ((1UL << (int)drop) - 1);
            ulong half = 1UL << (int)(drop - 1);
            inexact = dropped != 0 || sticky;
            if (dropped > half || (dropped == half && (sticky || (kept & 1) != 0)))
                kept++;
        }

        if (binaryExponent < -1022 && inexact)
            range = true;
        if (unit == -1074)
            return kept; // subnormal (or, rounded up to 2^52, the least normal number)
        if (kept == 1UL << 53)
        {
            kept >>= 1;
            unit++;
        }

        long biased = unit + 1075;
        if (biased >= 2047)
        {
            range = true;
            return 0x7FF0000000000000UL;
        }

        return ((ulong)biased << 52) | (kept & 0xFFFFFFFFFFFFFUL);
    }

    private static bool HasWord(byte[] text, int at, string word)
    {
        if (at + word.Length > text.Length)
            return false;
        for (int i = 0; i < word.Length; i++)
        {
            if ((text[at + i] | 0x20) != word[i])
                return false;
        }

        return true;
    }
}
