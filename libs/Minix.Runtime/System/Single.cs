using System.Globalization;

namespace System;

/// <summary>An IEEE 754 single-precision number. Text forms are exact: the shortest digits that read back
/// as the same value by default, correctly rounded digits for fixed formats, as .NET prints them.</summary>
public readonly struct Single : IEquatable<float>, IComparable<float>, IComparable, ISpanFormattable
{
    private readonly float m_value;

    /// <summary>The smallest finite value.</summary>
    public const float MinValue = -3.40282346638528859e+38f;

    /// <summary>The largest finite value.</summary>
    public const float MaxValue = 3.40282346638528859e+38f;

    /// <summary>The smallest positive value.</summary>
    public const float Epsilon = 1.401298E-45f;

    /// <summary>Not a number.</summary>
    public const float NaN = 0.0f / 0.0f;

    /// <summary>Positive infinity.</summary>
    public const float PositiveInfinity = 1.0f / 0.0f;

    /// <summary>Negative infinity.</summary>
    public const float NegativeInfinity = -1.0f / 0.0f;

    /// <summary>Value equality (NaN equals NaN here, as in .NET's Equals).</summary>
    /// <param name="obj">The value to compare with.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(float obj) => m_value == obj || (IsNaN(m_value) && IsNaN(obj));

    /// <inheritdoc/>
    public override bool Equals(object obj) => obj is float other && Equals(other);

    /// <summary>Orders two values (NaN first, as .NET does).</summary>
    /// <param name="value">The value to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(float value)
    {
        if (m_value < value)
            return -1;
        if (m_value > value)
            return 1;
        if (m_value == value)
            return 0;
        return IsNaN(m_value) ? (IsNaN(value) ? 0 : -1) : 1;
    }

    /// <inheritdoc/>
    public int CompareTo(object value) =>
        value is null ? 1 : value is float other ? CompareTo(other) : throw new ArgumentException("Object must be of type Single.");

    /// <summary>A hash of the value (0 and -0, and all NaNs, hash alike).</summary>
    /// <returns>The hash code.</returns>
    public override unsafe int GetHashCode()
    {
        float v = m_value;
        uint bits = *(uint*)&v;
        if (IsNaN(v) || v == 0)
            bits &= 0x7F800000u;
        return (int)bits;
    }

    /// <summary>Whether <paramref name="f"/> is NaN.</summary>
    /// <param name="f">The value.</param>
    /// <returns>True if NaN.</returns>
    public static unsafe bool IsNaN(float f) => (*(uint*)&f & 0x7FFFFFFFu) > 0x7F800000u;

    /// <summary>Whether <paramref name="f"/> is an infinity.</summary>
    /// <param name="f">The value.</param>
    /// <returns>True if infinite.</returns>
    public static unsafe bool IsInfinity(float f) => (*(uint*)&f & 0x7FFFFFFFu) == 0x7F800000u;

    /// <summary>Whether <paramref name="f"/> is positive infinity.</summary>
    /// <param name="f">The value.</param>
    /// <returns>True if so.</returns>
    public static bool IsPositiveInfinity(float f) => f == PositiveInfinity;

    /// <summary>Whether <paramref name="f"/> is negative infinity.</summary>
    /// <param name="f">The value.</param>
    /// <returns>True if so.</returns>
    public static bool IsNegativeInfinity(float f) => f == NegativeInfinity;

    /// <summary>Whether <paramref name="f"/> is finite.</summary>
    /// <param name="f">The value.</param>
    /// <returns>True if neither infinite nor NaN.</returns>
    public static unsafe bool IsFinite(float f) => (*(uint*)&f & 0x7FFFFFFFu) < 0x7F800000u;

    /// <summary>Whether the sign bit of <paramref name="f"/> is set (-0 and negative NaNs included).</summary>
    /// <param name="f">The value.</param>
    /// <returns>True if negative.</returns>
    public static unsafe bool IsNegative(float f) => (*(uint*)&f >> 31) != 0;

    /// <summary>The shortest text that reads back as the same value.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString((string)null);

    /// <summary>The value in <paramref name="format"/> (R, G, F, N, E, P or a custom format).</summary>
    /// <param name="format">The format.</param>
    /// <returns>The text.</returns>
    public unsafe string ToString(string format)
    {
        float v = m_value;
        return NumberFormatting.FormatFloating(*(uint*)&v, FloatingPointDigits.Single, format);
    }

    /// <summary>The shortest text (invariant: the image has no culture data).</summary>
    /// <param name="provider">Ignored.</param>
    /// <returns>The text.</returns>
    public string ToString(IFormatProvider provider) => ToString((string)null);

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

    /// <summary>Reads a number (sign, group separators, decimal point, exponent, "NaN", "Infinity"), correctly rounded.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The value (an infinity past the largest).</returns>
    /// <exception cref="FormatException">Not a number.</exception>
    public static float Parse(string s) => Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, null);

    /// <summary>Reads a number (invariant).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The value.</returns>
    public static float Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider);

    /// <summary>Reads a number in <paramref name="style"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="style">What the text may contain.</param>
    /// <returns>The value.</returns>
    public static float Parse(string s, NumberStyles style) => Parse(s, style, null);

    /// <summary>Reads a number in <paramref name="style"/> (invariant).</summary>
    /// <param name="s">The text.</param>
    /// <param name="style">What the text may contain.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The value.</returns>
    public static unsafe float Parse(string s, NumberStyles style, IFormatProvider provider)
    {
        ArgumentNullException.ThrowIfNull(s, nameof(s));
        if (NumberParsing.ParseFloating(s, style, FloatingPointDigits.Single, out ulong bits) != NumberParsing.Outcome.Ok)
            throw new FormatException("The input string '" + s + "' was not in a correct format.");
        uint narrow = (uint)bits;
        return *(float*)&narrow;
    }

    /// <summary>Reads a number if the text is one.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or 0.</param>
    /// <returns>True if it was read.</returns>
    public static bool TryParse(string s, out float result) => TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, null, out result);

    /// <summary>Reads a number in <paramref name="style"/> if the text is one.</summary>
    /// <param name="s">The text.</param>
    /// <param name="style">What the text may contain.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The value, or 0.</param>
    /// <returns>True if it was read.</returns>
    public static unsafe bool TryParse(string s, NumberStyles style, IFormatProvider provider, out float result)
    {
        result = 0;
        if (s is null || NumberParsing.ParseFloating(s, style, FloatingPointDigits.Single, out ulong bits) != NumberParsing.Outcome.Ok)
            return false;
        uint narrow = (uint)bits;
        result = *(float*)&narrow;
        return true;
    }

    /// <summary>Reads a number if the text is one.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or 0.</param>
    /// <returns>True if it was read.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out float result) => TryParse(new string(s), out result);

    // fmod for floats, through doubles (exact: a float's remainder is representable).
    internal static float Remainder(float x, float y) => (float)double.Remainder(x, y);
}
