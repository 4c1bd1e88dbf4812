namespace Minix.Commands.Sort;

/// <summary>
/// sort -g's comparison: the number strtod reads at the start of a key (white space, a sign, decimal or 0x hex
/// digits with an exponent, inf, infinity, nan, nan(...)). Keys without a number come first, then NaNs, then numbers
/// in order (-0 equal to 0), as the long doubles strtold makes (<see cref="LongDouble"/>). NaNs order as GNU's long doubles' bytes do: by payload, low byte first, then positive
/// before negative.
/// </summary>
internal static class GeneralNumericKey
{
    /// <summary>Compares the numbers that start two keys.</summary>
    public static int Compare(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        Number x = Parse(a), y = Parse(b);
        if (x.Kind == NumberKind.None || y.Kind == NumberKind.None)
            return (x.Kind == NumberKind.None ? 0 : 1) - (y.Kind == NumberKind.None ? 0 : 1);
        if (x.Kind == NumberKind.NaN || y.Kind == NumberKind.NaN)
            return x.Kind != y.Kind ? (x.Kind == NumberKind.NaN ? -1 : 1) : CompareNaNs(x, y);
        return x.Value.CompareTo(y.Value);
    }

    private enum NumberKind
    {
        None,
        NaN,
        Finite,
    }

    private readonly record struct Number(NumberKind Kind, LongDouble Value, ulong Payload, bool Negative);

    private static int CompareNaNs(Number x, Number y)
    {
        for (int shift = 0; shift < 64; shift += 8)
        {
            int order = ((x.Payload >> shift) & 0xFF).CompareTo((y.Payload >> shift) & 0xFF);
            if (order != 0)
                return order;
        }

        return x.Negative.CompareTo(y.Negative);
    }

    private static Number Parse(ReadOnlySpan<byte> key)
    {
        int at = 0;
        while (at < key.Length && (key[at] == (byte)' ' || (key[at] >= (byte)'\t' && key[at] <= (byte)'\r')))
            at++;
        bool negative = false;
        if (at < key.Length && (key[at] == (byte)'+' || key[at] == (byte)'-'))
            negative = key[at++] == (byte)'-';
        ReadOnlySpan<byte> rest = key.Slice(at);
        if (StartsWithWord(rest, "inf"))
            return new Number(NumberKind.Finite, LongDouble.Infinity(negative), 0, negative);
        if (StartsWithWord(rest, "nan"))
            return new Number(NumberKind.NaN, default, NaNPayload(rest.Slice(3)), negative);
        if (rest.Length >= 2 && rest[0] == (byte)'0' && (rest[1] | 0x20) == (byte)'x')
        {
            LongDouble? hex = ParseHex(negative, rest.Slice(2));
            if (hex is LongDouble value)
                return new Number(NumberKind.Finite, value, 0, negative);
        }

        LongDouble? number = ParseDecimal(negative, rest);
        return number is LongDouble found ? new Number(NumberKind.Finite, found, 0, negative) : new Number(NumberKind.None, default, 0, false);
    }

    private static bool StartsWithWord(ReadOnlySpan<byte> text, string word)
    {
        if (text.Length < word.Length)
            return false;
        for (int i = 0; i < word.Length; i++)
        {
            if ((text[i] | 0x20) != word[i])
                return false;
        }

        return true;
    }

    /// <summary>The payload of "nan(CHARS)": CHARS read as strtoull reads a number in base 0, if all of it is one; else 0.</summary>
    private static ulong NaNPayload(ReadOnlySpan<byte> afterNan)
    {
        if (afterNan.Length == 0 || afterNan[0] != (byte)'(')
            return 0;
        int close = afterNan.IndexOf((byte)')');
        if (close < 0)
            return 0;
        ReadOnlySpan<byte> digits = afterNan.Slice(1, close - 1);
        foreach (byte b in digits)
        {
            if (!(IsDigit(b, 36) || b == (byte)'_'))
                return 0;
        }

        int radix = 10;
        if (digits.Length >= 2 && digits[0] == (byte)'0' && (digits[1] | 0x20) == (byte)'x' && (digits.Length == 2 || IsDigit(digits[2], 16)))
        {
            radix = 16;
            digits = digits.Slice(2);
        }
        else if (digits.Length >= 1 && digits[0] == (byte)'0')
        {
            radix = 8;
        }

        if (digits.Length == 0 && radix != 8)
            return 0;
        ulong payload = 0;
        foreach (byte b in digits)
        {
            if (!IsDigit(b, radix))
                return 0;
            payload = unchecked(payload * (ulong)radix + (ulong)DigitValue(b));
        }

        // the payload fills the long double's mantissa below its integer and quiet bits, which all NaNs share
        return payload & 0x3FFFFFFFFFFFFFFFUL;
    }

    /// <summary>The value of hex digits with an optional fraction and binary exponent; null if there are no digits.</summary>
    private static LongDouble? ParseHex(bool negative, ReadOnlySpan<byte> text)
    {
        var mantissa = new BigNatural(0);
        int at = 0, digits = 0, exponent = 0;
        for (; at < text.Length && IsDigit(text[at], 16); at++, digits++)
            mantissa.MultiplyAdd(16, (uint)DigitValue(text[at]));
        if (at < text.Length && text[at] == (byte)'.')
        {
            for (at++; at < text.Length && IsDigit(text[at], 16); at++, digits++)
            {
                mantissa.MultiplyAdd(16, (uint)DigitValue(text[at]));
                exponent -= 4;
            }
        }

        if (digits == 0)
            return null;
        return LongDouble.FromBinary(negative, mantissa, exponent + ReadExponent(text, at, (byte)'p'));
    }

    /// <summary>The value of decimal digits with an optional fraction and exponent; null if there are no digits.</summary>
    private static LongDouble? ParseDecimal(bool negative, ReadOnlySpan<byte> text)
    {
        int at = 0, digits = 0, significant = 0, exponent = 0;
        ulong small = 0;
        for (; at < text.Length && IsDigit(text[at], 10); at++, digits++)
            AddDigit(ref small, text[at], ref significant);
        if (at < text.Length && text[at] == (byte)'.')
        {
            for (at++; at < text.Length && IsDigit(text[at], 10); at++, digits++)
            {
                AddDigit(ref small, text[at], ref significant);
                exponent--;
            }
        }

        if (digits == 0)
            return null;
        exponent += ReadExponent(text, at, (byte)'e');
        if (significant <= 19 && LongDouble.TryFromSmallDecimal(negative, small, exponent, out LongDouble value))
            return value;
        var mantissa = new BigNatural(0);
        for (int i = 0; i < at; i++)
        {
            if (text[i] != (byte)'.')
                mantissa.MultiplyAdd(10, (uint)(text[i] - '0'));
        }

        return LongDouble.FromDecimal(negative, mantissa, significant, exponent);
    }

    private static void AddDigit(ref ulong small, byte digit, ref int significant)
    {
        if (significant > 0 || digit != (byte)'0')
            significant++;
        if (significant <= 19)
            small = small * 10 + (ulong)(digit - '0');
    }

    /// <summary>The exponent after a number: <paramref name="letter"/>, a sign and digits; 0 if there is none.</summary>
    private static int ReadExponent(ReadOnlySpan<byte> text, int at, byte letter)
    {
        if (at + 1 >= text.Length || (text[at] | 0x20) != letter)
            return 0;
        int e = at + 1;
        bool negative = text[e] == (byte)'-';
        if (text[e] == (byte)'-' || text[e] == (byte)'+')
            e++;
        if (e >= text.Length || !IsDigit(text[e], 10))
            return 0;
        int power = 0;
        for (; e < text.Length && IsDigit(text[e], 10); e++)
            power = Math.Min(1000000, power * 10 + DigitValue(text[e]));
        return negative ? -power : power;
    }

    private static bool IsDigit(byte b, int radix) => b < 128 && DigitValue(b) < radix;

    private static int DigitValue(byte b) =>
        b >= (byte)'0' && b <= (byte)'9' ? b - '0' : b >= (byte)'a' && b <= (byte)'z' ? b - 'a' + 10 : b >= (byte)'A' && b <= (byte)'Z' ? b - 'A' + 10 : 99;
}
