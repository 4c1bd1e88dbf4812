using System.Globalization;

namespace System;

// Text to numbers as .NET's Parse and TryParse read it with the invariant culture: white space, signs,
// parentheses, group separators, a decimal point and an exponent as the NumberStyles allow; hexadecimal digits
// with AllowHexSpecifier.
internal static class NumberParsing
{
    public enum Outcome
    {
        Ok,
        Format,
        Overflow,
    }

    // raw: the value's bits for a `width`-bit integer type (two's complement when signed).
    public static Outcome ParseInteger(ReadOnlySpan<char> text, NumberStyles styles, bool signed, int width, out ulong raw)
    {
        raw = 0;
        ulong mask = width == 64 ? ulong.MaxValue : (1UL << width) - 1;
        if ((styles & NumberStyles.AllowHexSpecifier) != 0)
            return ParseHex(text, styles, mask, out raw);
        var digits = new DecimalDigits();
        if (!ParseDecimal(text, styles, digits))
            return Outcome.Format;

        // The value must be whole: digits past the decimal point must be zeros.
        for (int i = Math.Max(digits.Scale, 0); i < digits.Count; i++)
        {
            if (digits.Digits[i] != '0')
                return Outcome.Overflow;
        }

        ulong magnitude = 0;
        ulong limit = signed ? (mask >> 1) + (digits.Negative ? 1UL : 0UL) : mask;
        for (int i = 0; i < digits.Scale; i++)
        {
            ulong digit = (ulong)(digits.DigitAt(i) - '0');
            if (magnitude > (limit - digit) / 10)
                return Outcome.Overflow;
            magnitude = magnitude * 10 + digit;
        }

        if (digits.Negative && !signed && magnitude != 0)
            return Outcome.Overflow;
        raw = (digits.Negative ? ~magnitude + 1 : magnitude) & mask;
        return Outcome.Ok;
    }

    // The raw bits (sign included) of a double or float.
    public static Outcome ParseFloating(ReadOnlySpan<char> text, NumberStyles styles, FloatingPointDigits.Layout layout, out ulong bits)
    {
        bits = 0;
        int signBit = layout.MantissaBits == 52 ? 63 : 31;
        ReadOnlySpan<char> trimmed = Trim(text, styles);
        bool negative = false;
        ReadOnlySpan<char> word = trimmed;
        if (word.Length > 0 && (word[0] == '-' || word[0] == '+') && (styles & NumberStyles.AllowLeadingSign) != 0)
        {
            negative = word[0] == '-';
            word = word.Slice(1);
        }

        if (EqualsIgnoringCase(word, "Infinity") || EqualsIgnoringCase(word, "\u221E"))
        {
            bits = ((ulong)layout.MaxExponent << layout.MantissaBits) | (negative ? 1UL << signBit : 0);
            return Outcome.Ok;
        }

        if (EqualsIgnoringCase(word, "NaN"))
        {
            bits = ((ulong)layout.MaxExponent << layout.MantissaBits) | (1UL << (layout.MantissaBits - 1)) | (negative ? 1UL << signBit : 0);
            return Outcome.Ok;
        }

        var digits = new DecimalDigits();
        if (!ParseDecimal(text, styles, digits))
            return Outcome.Format;
        bits = FloatingPointDigits.ToBinary(digits, layout) | (digits.Negative ? 1UL << signBit : 0);
        return Outcome.Ok;
    }

    // Reads a decimal number into `digits`; false if the text is not one.
    private static bool ParseDecimal(ReadOnlySpan<char> text, NumberStyles styles, DecimalDigits digits)
    {
        int i = 0, end = text.Length;
        if ((styles & NumberStyles.AllowLeadingWhite) != 0)
        {
            while (i < end && IsWhite(text[i]))
                i++;
        }

        if ((styles & NumberStyles.AllowTrailingWhite) != 0)
        {
            while (end > i && IsWhite(text[end - 1]))
                end--;
        }

        bool parentheses = false;
        if ((styles & NumberStyles.AllowParentheses) != 0 && i < end && text[i] == '(' && text[end - 1] == ')')
        {
            parentheses = true;
            i++;
            end--;
            digits.Negative = true;
        }

        bool signed = false;
        if ((styles & NumberStyles.AllowLeadingSign) != 0 && i < end && (text[i] == '-' || text[i] == '+') && !parentheses)
        {
            digits.Negative = text[i] == '-';
            signed = true;
            i++;
        }

        if ((styles & NumberStyles.AllowTrailingSign) != 0 && !signed && !parentheses && end > i && (text[end - 1] == '-' || text[end - 1] == '+'))
        {
            digits.Negative = text[end - 1] == '-';
            end--;
        }

        bool any = false, point = false;
        int scale = 0;
        for (; i < end; i++)
        {
            char c = text[i];
            if (c >= '0' && c <= '9')
            {
                any = true;
                if (digits.Count == 0 && c == '0')
                {
                    if (point)
                        scale--;
                    continue;
                }

                digits.Append(c);
                if (!point)
                    scale++;
                continue;
            }

            if (c == '.' && !point && (styles & NumberStyles.AllowDecimalPoint) != 0)
            {
                point = true;
                continue;
            }

            if (c == ',' && !point && any && (styles & NumberStyles.AllowThousands) != 0)
                continue;
            break;
        }

        if (!any)
            return false;
        if (i < end && (text[i] == 'e' || text[i] == 'E') && (styles & NumberStyles.AllowExponent) != 0)
        {
            int j = i + 1;
            bool negativeExponent = false;
            if (j < end && (text[j] == '-' || text[j] == '+'))
            {
                negativeExponent = text[j] == '-';
                j++;
            }

            if (j < end && text[j] >= '0' && text[j] <= '9')
            {
                int exponent = 0;
                for (; j < end && text[j] >= '0' && text[j] <= '9'; j++)
                    exponent = exponent > 100000 ? exponent : exponent * 10 + (text[j] - '0');
                scale += negativeExponent ? -exponent : exponent;
                i = j;
            }
        }

        if (i != end)
            return false;
        digits.Scale = scale;
        digits.TrimTrailingZeros();
        if (digits.Count > 0)
            digits.Scale = scale;
        return true;
    }

    private static Outcome ParseHex(ReadOnlySpan<char> text, NumberStyles styles, ulong mask, out ulong raw)
    {
        raw = 0;
        ReadOnlySpan<char> digits = Trim(text, styles);
        if (digits.Length == 0)
            return Outcome.Format;
        foreach (char c in digits)
        {
            int value = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
            if (value < 0)
                return Outcome.Format;
            if ((raw >> 60) != 0 || ((raw << 4) | (uint)value) > mask)
                return Outcome.Overflow;
            raw = (raw << 4) | (uint)value;
        }

        return Outcome.Ok;
    }

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text, NumberStyles styles)
    {
        int start = 0, end = text.Length;
        if ((styles & NumberStyles.AllowLeadingWhite) != 0)
        {
            while (start < end && IsWhite(text[start]))
                start++;
        }

        if ((styles & NumberStyles.AllowTrailingWhite) != 0)
        {
            while (end > start && IsWhite(text[end - 1]))
                end--;
        }

        return text.Slice(start, end - start);
    }

    private static bool EqualsIgnoringCase(ReadOnlySpan<char> text, string word)
    {
        if (text.Length != word.Length)
            return false;
        for (int i = 0; i < text.Length; i++)
        {
            if (char.ToUpperInvariant(text[i]) != char.ToUpperInvariant(word[i]))
                return false;
        }

        return true;
    }

    private static bool IsWhite(char c) => c == ' ' || (c >= '\t' && c <= '\r');
}
