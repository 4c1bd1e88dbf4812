using System.Globalization;

namespace System;

/// <summary>A 8-bit signed integer.</summary>
public readonly struct SByte : IEquatable<sbyte>, IComparable<sbyte>, IComparable, ISpanFormattable
{
    private readonly sbyte m_value;

    /// <summary>The smallest value.</summary>
    public const sbyte MinValue = -128;

    /// <summary>The largest value.</summary>
    public const sbyte MaxValue = 127;

    /// <summary>Value equality.</summary>
    /// <param name="obj">The value to compare with.</param>
    /// <returns>True if the values are equal.</returns>
    public bool Equals(sbyte obj) => m_value == obj;

    /// <inheritdoc/>
    public override bool Equals(object obj) => obj is sbyte other && other == m_value;

    /// <summary>Orders two values.</summary>
    /// <param name="value">The value to compare with.</param>
    /// <returns>Negative, zero or positive as this value is below, equal to or above <paramref name="value"/>.</returns>
    public int CompareTo(sbyte value) => m_value < value ? -1 : m_value > value ? 1 : 0;

    /// <inheritdoc/>
    public int CompareTo(object value) =>
        value is null ? 1 : value is sbyte other ? CompareTo(other) : throw new ArgumentException("Object must be of type SByte.");

    /// <summary>A hash of the value.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => m_value;

    /// <summary>The value in decimal.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => NumberFormatting.FormatInteger((ulong)(long)m_value, true, 8, null);

    /// <summary>The value in <paramref name="format"/> (D, X, B, G, F, N, E, P or a custom format).</summary>
    /// <param name="format">The format.</param>
    /// <returns>The text.</returns>
    public string ToString(string format) => NumberFormatting.FormatInteger((ulong)(long)m_value, true, 8, format);

    /// <summary>The value in decimal (invariant: the image has no culture data).</summary>
    /// <param name="provider">Ignored.</param>
    /// <returns>The text.</returns>
    public string ToString(IFormatProvider provider) => ToString();

    /// <summary>The value in <paramref name="format"/> (invariant).</summary>
    /// <param name="format">The format.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The text.</returns>
    public string ToString(string format, IFormatProvider provider) => ToString(format);

    /// <summary>Writes the value in <paramref name="format"/> into <paramref name="destination"/>.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">The format.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False if it does not fit.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
    {
        string text = ToString(format.Length == 0 ? null : new string(format));
        charsWritten = text.Length <= destination.Length ? text.Length : 0;
        return text.AsSpan().TryCopyTo(destination);
    }

    /// <summary>Reads a decimal number (white space and a leading sign allowed).</summary>
    /// <param name="s">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">Not a number.</exception>
    /// <exception cref="OverflowException">Out of range.</exception>
    public static sbyte Parse(string s) => Parse(s, NumberStyles.Integer, null);

    /// <summary>Reads a number in <paramref name="style"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="style">What the text may contain.</param>
    /// <returns>The value.</returns>
    public static sbyte Parse(string s, NumberStyles style) => Parse(s, style, null);

    /// <summary>Reads a decimal number (invariant).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The value.</returns>
    public static sbyte Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer, provider);

    /// <summary>Reads a number in <paramref name="style"/> (invariant).</summary>
    /// <param name="s">The text.</param>
    /// <param name="style">What the text may contain.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The value.</returns>
    public static sbyte Parse(string s, NumberStyles style, IFormatProvider provider)
    {
        ArgumentNullException.ThrowIfNull(s, nameof(s));
        return Parse(s.AsSpan(), style, provider);
    }

    /// <summary>Reads a number in <paramref name="style"/> (invariant).</summary>
    /// <param name="s">The text.</param>
    /// <param name="style">What the text may contain.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The value.</returns>
    public static sbyte Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null)
    {
        switch (NumberParsing.ParseInteger(s, style, true, 8, out ulong raw))
        {
            case NumberParsing.Outcome.Ok:
                return (sbyte)raw;
            case NumberParsing.Outcome.Overflow:
                throw new OverflowException("Value was either too large or too small for a signed byte.");
            default:
                throw new FormatException("The input string '" + new string(s) + "' was not in a correct format.");
        }
    }

    /// <summary>Reads a decimal number if the text is one.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or 0.</param>
    /// <returns>True if it was read.</returns>
    public static bool TryParse(string s, out sbyte result) => TryParse(s, NumberStyles.Integer, null, out result);

    /// <summary>Reads a number in <paramref name="style"/> if the text is one.</summary>
    /// <param name="s">The text.</param>
    /// <param name="style">What the text may contain.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The value, or 0.</param>
    /// <returns>True if it was read.</returns>
    public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out sbyte result)
    {
        if (s is null)
        {
            result = 0;
            return false;
        }

        return TryParse(s.AsSpan(), style, provider, out result);
    }

    /// <summary>Reads a decimal number if the text is one.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or 0.</param>
    /// <returns>True if it was read.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out sbyte result) => TryParse(s, NumberStyles.Integer, null, out result);

    /// <summary>Reads a number in <paramref name="style"/> if the text is one.</summary>
    /// <param name="s">The text.</param>
    /// <param name="style">What the text may contain.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The value, or 0.</param>
    /// <returns>True if it was read.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out sbyte result)
    {
        bool ok = NumberParsing.ParseInteger(s, style, true, 8, out ulong raw) == NumberParsing.Outcome.Ok;
        result = ok ? (sbyte)raw : (sbyte)0;
        return ok;
    }
}
