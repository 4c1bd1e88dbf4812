using System.Globalization;

namespace System;

/// <summary>A UTF-16 code unit, with its Unicode classification (from the runtime's BMP tables) and invariant casing.</summary>
public readonly struct Char : IEquatable<char>, IComparable<char>, IComparable, IFormattable
{
    private readonly char m_value;

    /// <summary>The smallest value.</summary>
    public const char MinValue = (char)0;

    /// <summary>The largest value.</summary>
    public const char MaxValue = (char)0xFFFF;

    /// <summary>Value equality.</summary>
    /// <param name="obj">The value to compare with.</param>
    /// <returns>True if the values are equal.</returns>
    public bool Equals(char obj) => m_value == obj;

    /// <inheritdoc/>
    public override bool Equals(object obj) => obj is char c && c == m_value;

    /// <summary>Orders two values.</summary>
    /// <param name="value">The value to compare with.</param>
    /// <returns>Negative, zero or positive as this value is below, equal to or above <paramref name="value"/>.</returns>
    public int CompareTo(char value) => m_value - value;

    /// <inheritdoc/>
    public int CompareTo(object value) => value is null ? 1 : value is char c ? m_value - c : throw new ArgumentException("Object must be of type Char.");

    /// <summary>A hash of the value.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => m_value | (m_value << 16);

    /// <summary>The character as a one-character string.</summary>
    /// <returns>The string.</returns>
    public override string ToString() => ToString(m_value);

    /// <summary>The character as a one-character string.</summary>
    /// <param name="format">Ignored.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The string.</returns>
    public string ToString(string format, IFormatProvider formatProvider) => ToString(m_value);

    /// <summary><paramref name="c"/> as a one-character string.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The string.</returns>
    public static string ToString(char c) => new string(c, 1);

    /// <summary>The only character of <paramref name="s"/>.</summary>
    /// <param name="s">A one-character string.</param>
    /// <returns>The character.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not one character long.</exception>
    public static char Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s, nameof(s));
        if (s.Length != 1)
            throw new FormatException("String must be exactly one character long.");
        return s[0];
    }

    /// <summary>The only character of <paramref name="s"/>, if it has exactly one.</summary>
    /// <param name="s">The string.</param>
    /// <param name="result">The character, or '\0'.</param>
    /// <returns>True if <paramref name="s"/> is one character long.</returns>
    public static bool TryParse(string s, out char result)
    {
        result = s is { Length: 1 } ? s[0] : '\0';
        return s is { Length: 1 };
    }

    /// <summary>The Unicode category of <paramref name="c"/>.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The category.</returns>
    public static UnicodeCategory GetUnicodeCategory(char c) => CharUnicodeInfo.GetUnicodeCategory(c);

    /// <summary>Whether <paramref name="c"/> is a decimal digit (Nd).</summary>
    /// <param name="c">The character.</param>
    /// <returns>True if it is.</returns>
    public static bool IsDigit(char c) => c <= 0xFF ? c >= '0' && c <= '9' : GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber;

    /// <summary>Whether <paramref name="c"/> is a letter (Lu, Ll, Lt, Lm, Lo).</summary>
    /// <param name="c">The character.</param>
    /// <returns>True if it is.</returns>
    public static bool IsLetter(char c) => c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : (int)GetUnicodeCategory(c) <= (int)UnicodeCategory.OtherLetter;

    /// <summary>Whether <paramref name="c"/> is a letter or a decimal digit.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True if it is.</returns>
    public static bool IsLetterOrDigit(char c) => IsLetter(c) || IsDigit(c);

    /// <summary>Whether <paramref name="c"/> is an uppercase letter (Lu).</summary>
    /// <param name="c">The character.</param>
    /// <returns>True if it is.</returns>
    public static bool IsUpper(char c) => c < 0x80 ? c >= 'A' && c <= 'Z' : GetUnicodeCategory(c) == UnicodeCategory.UppercaseLetter;

    /// <summary>Whether <paramref name="c"/> is a lowercase letter (Ll).</summary>
    /// <param name="c">The character.</param>
    /// <returns>True if it is.</returns>
    public static bool IsLower(char c) => c < 0x80 ? c >= 'a' && c <= 'z' : GetUnicodeCategory(c) == UnicodeCategory.LowercaseLetter;

    /// <summary>Whether <paramref name="c"/> is white space (Zs, Zl, Zp, or a control character .NET counts as space).</summary>
    /// <param name="c">The character.</param>
    /// <returns>True if it is.</returns>
    public static bool IsWhiteSpace(char c)
    {
        if (c <= 0xFF)
            return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u0085';
        UnicodeCategory category = GetUnicodeCategory(c);
        return category is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }

    /// <summary>Whether <paramref name="c"/> is a number (Nd, Nl, No).</summary>
    /// <param name="c">The character.</param>
    /// <returns>True if it is.</returns>
    public static bool IsNumber(char c) => GetUnicodeCategory(c) is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    /// <summary>Whether <paramref name="c"/> is punctuation (Pc, Pd, Ps, Pe, Pi, Pf, Po).</summary>
    /// <param name="c">The character.</param>
    /// <returns>True if it is.</returns>
    public static bool IsPunctuation(char c) => (uint)(GetUnicodeCategory(c) - UnicodeCategory.ConnectorPunctuation) <= UnicodeCategory.OtherPunctuation - UnicodeCategory.ConnectorPunctuation;

    /// <summary>Whether <paramref name="c"/> is a symbol (Sm, Sc, Sk, So).</summary>
    /// <param name="c">The character.</param>
    /// <returns>True if it is.</returns>
    public static bool IsSymbol(char c) => (uint)(GetUnicodeCategory(c) - UnicodeCategory.MathSymbol) <= UnicodeCategory.OtherSymbol - UnicodeCategory.MathSymbol;

    /// <summary>Whether <paramref name="c"/> is a separator (Zs, Zl, Zp).</summary>
    /// <param name="c">The character.</param>
    /// <returns>True if it is.</returns>
    public static bool IsSeparator(char c) => GetUnicodeCategory(c) is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>Whether <paramref name="c"/> is a control character (Cc).</summary>
    /// <param name="c">The character.</param>
    /// <returns>True if it is.</returns>
    public static bool IsControl(char c) => GetUnicodeCategory(c) == UnicodeCategory.Control;

    /// <summary>Whether <paramref name="c"/> is a surrogate code unit.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True if it is.</returns>
    public static bool IsSurrogate(char c) => c >= 0xD800 && c <= 0xDFFF;

    /// <summary>Whether <paramref name="c"/> is the first half of a surrogate pair (U+D800..U+DBFF).</summary>
    /// <param name="c">The code unit.</param>
    /// <returns>True if it is.</returns>
    public static bool IsHighSurrogate(char c) => c >= 0xD800 && c <= 0xDBFF;

    /// <summary>Whether <paramref name="c"/> is the second half of a surrogate pair (U+DC00..U+DFFF).</summary>
    /// <param name="c">The code unit.</param>
    /// <returns>True if it is.</returns>
    public static bool IsLowSurrogate(char c) => c >= 0xDC00 && c <= 0xDFFF;

    /// <summary>Whether the two code units form a surrogate pair.</summary>
    /// <param name="highSurrogate">The first.</param>
    /// <param name="lowSurrogate">The second.</param>
    /// <returns>True if they do.</returns>
    public static bool IsSurrogatePair(char highSurrogate, char lowSurrogate) => IsHighSurrogate(highSurrogate) && IsLowSurrogate(lowSurrogate);

    /// <summary>The code point a surrogate pair encodes.</summary>
    /// <param name="highSurrogate">The first.</param>
    /// <param name="lowSurrogate">The second.</param>
    /// <returns>The code point.</returns>
    public static int ConvertToUtf32(char highSurrogate, char lowSurrogate)
    {
        if (!IsSurrogatePair(highSurrogate, lowSurrogate))
            throw new ArgumentOutOfRangeException(nameof(highSurrogate), "A valid high surrogate character is between 0xd800 and 0xdbff, inclusive.");
        return 0x10000 + ((highSurrogate - 0xD800) << 10) + (lowSurrogate - 0xDC00);
    }

    /// <summary>The UTF-16 form of a code point.</summary>
    /// <param name="utf32">The code point.</param>
    /// <returns>One or two code units as a string.</returns>
    public static string ConvertFromUtf32(int utf32)
    {
        if (utf32 < 0 || utf32 > 0x10FFFF || (utf32 >= 0xD800 && utf32 <= 0xDFFF))
            throw new ArgumentOutOfRangeException(nameof(utf32), "A valid UTF32 value is between 0x000000 and 0x10ffff, inclusive, and should not include surrogate codepoint values (0x00d800 ~ 0x00dfff).");
        if (utf32 < 0x10000)
            return new string((char)utf32, 1);
        utf32 -= 0x10000;
        return string.Concat(new string((char)(0xD800 + (utf32 >> 10)), 1), new string((char)(0xDC00 + (utf32 & 0x3FF)), 1));
    }

    /// <summary>Whether <paramref name="c"/> is ASCII (below 0x80).</summary>
    /// <param name="c">The character.</param>
    /// <returns>True if it is.</returns>
    public static bool IsAscii(char c) => c < 0x80;

    /// <summary>Whether <paramref name="c"/> is '0'..'9'.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True if it is.</returns>
    public static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';

    /// <summary>Whether <paramref name="c"/> is an ASCII letter.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True if it is.</returns>
    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>Whether <paramref name="c"/> is an ASCII letter or digit.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True if it is.</returns>
    public static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || IsAsciiDigit(c);

    /// <summary>Whether <paramref name="c"/> is 'A'..'Z'.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True if it is.</returns>
    public static bool IsAsciiLetterUpper(char c) => c >= 'A' && c <= 'Z';

    /// <summary>Whether <paramref name="c"/> is 'a'..'z'.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True if it is.</returns>
    public static bool IsAsciiLetterLower(char c) => c >= 'a' && c <= 'z';

    /// <summary>Whether <paramref name="c"/> is a hexadecimal digit.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True if it is.</returns>
    public static bool IsAsciiHexDigit(char c) => IsAsciiDigit(c) || (uint)((c | 0x20) - 'a') <= 'f' - 'a';

    /// <summary>The uppercase form of <paramref name="c"/> (invariant in the image: there is no culture data).</summary>
    /// <param name="c">The character.</param>
    /// <returns>The uppercase character.</returns>
    public static char ToUpper(char c) => ToUpperInvariant(c);

    /// <summary>The lowercase form of <paramref name="c"/> (invariant in the image).</summary>
    /// <param name="c">The character.</param>
    /// <returns>The lowercase character.</returns>
    public static char ToLower(char c) => ToLowerInvariant(c);

    /// <summary>The uppercase form of <paramref name="c"/> by the invariant simple case mapping.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The uppercase character.</returns>
    public static char ToUpperInvariant(char c) => c < 0x80 ? (c >= 'a' && c <= 'z' ? (char)(c - 32) : c) : CharUnicodeInfo.Map(c, UnicodeTables.UpperRuns);

    /// <summary>The lowercase form of <paramref name="c"/> by the invariant simple case mapping.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The lowercase character.</returns>
    public static char ToLowerInvariant(char c) => c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char)(c + 32) : c) : CharUnicodeInfo.Map(c, UnicodeTables.LowerRuns);

    /// <summary>The value of a decimal digit character, or -1.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The value.</returns>
    public static double GetNumericValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (GetUnicodeCategory(c) != UnicodeCategory.DecimalDigitNumber)
            return -1;
        // Unicode's decimal digits come in runs of ten ending in 9.
        char zero = c;
        while (zero > 0 && GetUnicodeCategory((char)(zero - 1)) == UnicodeCategory.DecimalDigitNumber && (c - zero) < 9)
            zero--;
        return (c - zero) % 10;
    }

    /// <summary>Whether the character at <paramref name="index"/> of <paramref name="s"/> is a digit.</summary>
    /// <param name="s">The string.</param>
    /// <param name="index">The index.</param>
    /// <returns>True if it is.</returns>
    public static bool IsDigit(string s, int index) => IsDigit(s[index]);

    /// <summary>Whether the character at <paramref name="index"/> of <paramref name="s"/> is a letter.</summary>
    /// <param name="s">The string.</param>
    /// <param name="index">The index.</param>
    /// <returns>True if it is.</returns>
    public static bool IsLetter(string s, int index) => IsLetter(s[index]);

    /// <summary>Whether the character at <paramref name="index"/> of <paramref name="s"/> is white space.</summary>
    /// <param name="s">The string.</param>
    /// <param name="index">The index.</param>
    /// <returns>True if it is.</returns>
    public static bool IsWhiteSpace(string s, int index) => IsWhiteSpace(s[index]);
}
