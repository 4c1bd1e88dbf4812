using System.Text;

namespace System;

// .NET's standard numeric formats (D, X, B, G, R, F, N, E, P) and a common subset of custom ones ("0.00",
// "#,##0", "0.##", sections split by ';'), always with the invariant culture's symbols.
internal static class NumberFormatting
{
    private const string InvalidFormat = "Format specifier was invalid.";

    // raw: the value's bits (two's complement for signed types), width: its size in bits.
    public static string FormatInteger(ulong raw, bool signed, int width, string format)
    {
        ulong mask = width == 64 ? ulong.MaxValue : (1UL << width) - 1;
        raw &= mask;
        bool negative = signed && (raw >> (width - 1)) != 0;
        ulong magnitude = negative ? (~raw + 1) & mask : raw;
        if (!TryStandard(format, out char spec, out int precision))
            return FormatCustom(DecimalDigits.FromInteger(magnitude, negative), format);
        switch (spec)
        {
            case 'D':
                return Sign(negative) + Pad(Decimal(magnitude), precision);
            case 'X':
                return Pad(Radix(raw, 16, Letter(format) == 'x'), precision);
            case 'B':
                return Pad(Radix(raw, 2, false), precision);
            case 'G':
                if (precision <= 0)
                    return Sign(negative) + Decimal(magnitude);
                DecimalDigits general = DecimalDigits.FromInteger(magnitude, negative);
                general.RoundToSignificant(precision);
                return General(general, precision, Letter(format) == 'g' ? 'e' : 'E');
            case 'F':
            case 'N':
            case 'E':
            case 'P':
                return FormatDigits(DecimalDigits.FromInteger(magnitude, negative), spec, precision, Letter(format));
            default:
                throw new FormatException(InvalidFormat);
        }
    }

    public static string FormatFloating(ulong bits, FloatingPointDigits.Layout layout, string format)
    {
        int signBit = layout.MantissaBits == 52 ? 63 : 31;
        bool negative = (bits >> signBit) != 0;
        ulong magnitudeBits = bits & ~(1UL << signBit);
        ulong infinity = (ulong)layout.MaxExponent << layout.MantissaBits;
        if (magnitudeBits > infinity)
            return "NaN";
        if (magnitudeBits == infinity)
            return negative ? "-Infinity" : "Infinity";
        bool isDouble = layout.MantissaBits == 52;
        if (!TryStandard(format, out char spec, out int precision))
        {
            // Custom formats see the value rounded to 15 significant digits (7 for float), as .NET's do.
            DecimalDigits custom = Exact(magnitudeBits, layout, negative);
            custom.RoundToSignificant(isDouble ? 15 : 7, evenTies: true);
            return FormatCustom(custom, format);
        }

        switch (spec)
        {
            case 'R':
            case 'G':
                if (precision <= 0 || spec == 'R')
                {
                    // Shortest round-trip digits, fixed notation up to 17 digits before the point (9 for float).
                    DecimalDigits shortest = FloatingPointDigits.Shortest(magnitudeBits, layout, negative);
                    return General(shortest, Math.Max(shortest.Count, isDouble ? 17 : 9), Letter(format) == 'g' || Letter(format) == 'r' ? 'e' : 'E');
                }

                DecimalDigits rounded = Exact(magnitudeBits, layout, negative);
                rounded.RoundToSignificant(precision, evenTies: true);
                return General(rounded, precision, Letter(format) == 'g' ? 'e' : 'E');
            case 'F':
            case 'N':
            case 'E':
            case 'P':
                return FormatDigits(Exact(magnitudeBits, layout, negative), spec, precision, Letter(format), evenTies: true);
            default:
                throw new FormatException(InvalidFormat);
        }
    }

    private static DecimalDigits Exact(ulong magnitudeBits, FloatingPointDigits.Layout layout, bool negative)
    {
        var (mantissa, exponent) = FloatingPointDigits.Decompose(magnitudeBits, layout);
        return FloatingPointDigits.Exact(mantissa, exponent, negative);
    }

    // F, N, E, P on exact digits (floating-point values round an exact half to even).
    private static string FormatDigits(DecimalDigits digits, char spec, int precision, char letter, bool evenTies = false)
    {
        switch (spec)
        {
            case 'F':
                digits.RoundToDecimals(precision < 0 ? 2 : precision, evenTies);
                return Sign(digits.Negative) + Fixed(digits, precision < 0 ? 2 : precision, grouping: false);
            case 'N':
                digits.RoundToDecimals(precision < 0 ? 2 : precision, evenTies);
                return Sign(digits.Negative) + Fixed(digits, precision < 0 ? 2 : precision, grouping: true);
            case 'P':
                if (digits.Count > 0)
                    digits.Scale += 2;
                digits.RoundToDecimals(precision < 0 ? 2 : precision, evenTies);
                return Sign(digits.Negative) + Fixed(digits, precision < 0 ? 2 : precision, grouping: true) + " %";
            default:
                int places = precision < 0 ? 6 : precision;
                digits.RoundToSignificant(places + 1, evenTies);
                return Sign(digits.Negative) + Scientific(digits, places, letter == 'e' ? 'e' : 'E', 3, fixedPlaces: true);
        }
    }

    // .NET's general format: fixed notation for exponents from -5 to below `threshold`, scientific otherwise, with
    // no trailing zeros.
    private static string General(DecimalDigits digits, int threshold, char exponentLetter)
    {
        string sign = Sign(digits.Negative);
        if (digits.Count == 0)
            return sign + "0";
        int exponent = digits.Scale - 1;
        if (exponent > -5 && exponent < threshold)
            return sign + Fixed(digits, -1, grouping: false);
        return sign + Scientific(digits, digits.Count - 1, exponentLetter, 2, fixedPlaces: false);
    }

    // Integer part, then `places` decimals (all significant ones if places is -1).
    private static string Fixed(DecimalDigits digits, int places, bool grouping)
    {
        var text = new StringBuilder();
        if (digits.Scale <= 0)
        {
            text.Append('0');
        }
        else
        {
            for (int i = 0; i < digits.Scale; i++)
            {
                if (grouping && i > 0 && (digits.Scale - i) % 3 == 0)
                    text.Append(',');
                text.Append(digits.DigitAt(i));
            }
        }

        int decimals = places < 0 ? Math.Max(0, digits.Count - digits.Scale) : places;
        if (decimals > 0)
        {
            text.Append('.');
            for (int i = 0; i < decimals; i++)
                text.Append(digits.DigitAt(digits.Scale + i));
        }

        return text.ToString();
    }

    private static string Scientific(DecimalDigits digits, int places, char letter, int exponentDigits, bool fixedPlaces)
    {
        var text = new StringBuilder();
        text.Append(digits.DigitAt(0));
        int shown = fixedPlaces ? places : Math.Max(0, digits.Count - 1);
        if (shown > 0)
        {
            text.Append('.');
            for (int i = 1; i <= shown; i++)
                text.Append(digits.DigitAt(i));
        }

        int exponent = digits.Count == 0 ? 0 : digits.Scale - 1;
        text.Append(letter).Append(exponent < 0 ? '-' : '+');
        text.Append(Pad(Decimal((ulong)Math.Abs((long)exponent)), exponentDigits));
        return text.ToString();
    }

    // Custom formats: literal text around one run of digit placeholders ('0' shows a digit always, '#' only when
    // significant), with an optional decimal point, group separators and a percent sign; ';' separates the
    // positive, negative and zero sections.
    private static string FormatCustom(DecimalDigits digits, string format)
    {
        string[] sections = SplitSections(format);
        string section = sections[0];
        bool ownNegative = false;
        if (digits.Negative && sections.Length > 1 && sections[1].Length > 0)
        {
            section = sections[1];
            ownNegative = true;
        }

        if (digits.IsZero && sections.Length > 2 && sections[2].Length > 0)
            section = sections[2];

        var prefix = new StringBuilder();
        var suffix = new StringBuilder();
        int integerZeros = 0, decimalZeros = 0, decimalPlaces = 0;
        bool inNumber = false, afterNumber = false, decimalPoint = false, grouping = false, percent = false;
        for (int i = 0; i < section.Length; i++)
        {
            char c = section[i];
            if (c == '0' || c == '#')
            {
                if (afterNumber)
                {
                    (afterNumber ? suffix : prefix).Append(c);
                    continue;
                }

                inNumber = true;
                if (decimalPoint)
                {
                    decimalPlaces++;
                    if (c == '0')
                        decimalZeros = decimalPlaces;
                }
                else if (c == '0')
                {
                    integerZeros++;
                }

                continue;
            }

            if (c == '.' && !decimalPoint && !afterNumber)
            {
                decimalPoint = true;
                inNumber = true;
                continue;
            }

            if (c == ',' && inNumber && !decimalPoint && !afterNumber)
            {
                grouping = true;
                continue;
            }

            if (inNumber)
                afterNumber = true;
            StringBuilder target = afterNumber ? suffix : prefix;
            if (c == '%')
            {
                percent = true;
                target.Append('%');
            }
            else if (c == '\\' && i + 1 < section.Length)
            {
                target.Append(section[++i]);
            }
            else if (c == '\'' || c == '"')
            {
                int end = section.IndexOf(c, i + 1);
                if (end < 0)
                    end = section.Length;
                target.Append(section, i + 1, end - i - 1);
                i = end;
            }
            else
            {
                target.Append(c);
            }
        }

        if (percent && digits.Count > 0)
            digits.Scale += 2;
        digits.RoundToDecimals(decimalPlaces);
        var number = new StringBuilder();
        int integerDigits = Math.Max(digits.Scale, 0);
        int width = Math.Max(integerDigits, integerZeros);
        for (int i = 0; i < width; i++)
        {
            if (grouping && i > 0 && (width - i) % 3 == 0)
                number.Append(',');
            int index = i - (width - integerDigits);
            number.Append(index < 0 ? '0' : digits.DigitAt(index));
        }

        int decimals = Math.Max(decimalZeros, Math.Min(decimalPlaces, Math.Max(0, digits.Count - digits.Scale)));
        if (decimals > 0)
        {
            number.Append('.');
            for (int i = 0; i < decimals; i++)
                number.Append(digits.DigitAt(digits.Scale + i));
        }

        bool showMinus = digits.Negative && !ownNegative;
        return (showMinus ? "-" : "") + prefix.ToString() + number.ToString() + suffix.ToString();
    }

    private static string[] SplitSections(string format)
    {
        var sections = new System.Collections.Generic.List<string>();
        int start = 0;
        char quote = '\0';
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (quote != '\0')
            {
                if (c == quote)
                    quote = '\0';
            }
            else if (c == '\'' || c == '"')
            {
                quote = c;
            }
            else if (c == '\\')
            {
                i++;
            }
            else if (c == ';')
            {
                sections.Add(format.Substring(start, i - start));
                start = i + 1;
            }
        }

        sections.Add(format.Substring(start));
        return sections.ToArray();
    }

    // A letter and up to nine digits: a standard format. Null or "" is "G".
    private static bool TryStandard(string format, out char spec, out int precision)
    {
        spec = 'G';
        precision = -1;
        if (string.IsNullOrEmpty(format))
            return true;
        char letter = format[0];
        if (!char.IsAsciiLetter(letter) || format.Length > 10)
            return false;
        int value = 0;
        for (int i = 1; i < format.Length; i++)
        {
            if (!char.IsAsciiDigit(format[i]))
                return false;
            value = value * 10 + (format[i] - '0');
        }

        spec = char.ToUpperInvariant(letter);
        precision = format.Length > 1 ? value : -1;
        return true;
    }

    private static string Sign(bool negative) => negative ? "-" : "";

    private static char Letter(string format) => string.IsNullOrEmpty(format) ? 'G' : format[0];

    private static string Decimal(ulong value)
    {
        if (value == 0)
            return "0";
        Span<char> buffer = stackalloc char[20];
        int at = 20;
        while (value != 0)
        {
            buffer[--at] = (char)('0' + (int)(value % 10));
            value /= 10;
        }

        return new string(buffer.Slice(at));
    }

    private static string Radix(ulong value, int radix, bool lower)
    {
        if (value == 0)
            return "0";
        Span<char> buffer = stackalloc char[64];
        int at = 64;
        while (value != 0)
        {
            int digit = (int)(value % (ulong)radix);
            buffer[--at] = (char)(digit < 10 ? '0' + digit : (lower ? 'a' : 'A') + digit - 10);
            value /= (ulong)radix;
        }

        return new string(buffer.Slice(at));
    }

    private static string Pad(string digits, int width) => width > digits.Length ? new string('0', width - digits.Length) + digits : digits;
}
