using System.Globalization;

namespace System;

/// <summary>An IEEE 754 double-precision number. Text forms are exact: the shortest digits that read back
/// as the same value by default, correctly rounded digits for fixed formats, as .NET prints them.</summary>
public readonly struct Double : IEquatable<double>, IComparable<double>, IComparable, ISpanFormattable
{
    private readonly double m_value;

    /// <summary>The smallest finite value.</summary>
    public const double MinValue = -1.7976931348623157E+308;

    /// <summary>The largest finite value.</summary>
    public const double MaxValue = 1.7976931348623157E+308;

    /// <summary>The smallest positive value.</summary>
    public const double Epsilon = 4.9406564584124654E-324;

    /// <summary>Not a number.</summary>
    public const double NaN = 0.0 / 0.0;

    /// <summary>Positive infinity.</summary>
    public const double PositiveInfinity = 1.0 / 0.0;

    /// <summary>Negative infinity.</summary>
    public const double NegativeInfinity = -1.0 / 0.0;

    /// <summary>Value equality (NaN equals NaN here, as in .NET's Equals).</summary>
    /// <param name="obj">The value to compare with.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(double obj) => m_value == obj || (IsNaN(m_value) && IsNaN(obj));

    /// <inheritdoc/>
    public override bool Equals(object obj) => obj is double other && Equals(other);

    /// <summary>Orders two values (NaN first, as .NET does).</summary>
    /// <param name="value">The value to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(double value)
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
        value is null ? 1 : value is double other ? CompareTo(other) : throw new ArgumentException("Object must be of type Double.");

    /// <summary>A hash of the value (0 and -0, and all NaNs, hash alike).</summary>
    /// <returns>The hash code.</returns>
    public override unsafe int GetHashCode()
    {
        double v = m_value;
        ulong bits = *(ulong*)&v;
        if (IsNaN(v) || v == 0)
            bits &= 0x7FF0000000000000ul;
        return (int)bits ^ (int)(bits >> 32);
    }

    /// <summary>Whether <paramref name="f"/> is NaN.</summary>
    /// <param name="f">The value.</param>
    /// <returns>True if NaN.</returns>
    public static unsafe bool IsNaN(double f) => (*(ulong*)&f & 0x7FFFFFFFFFFFFFFFul) > 0x7FF0000000000000ul;

    /// <summary>Whether <paramref name="f"/> is an infinity.</summary>
    /// <param name="f">The value.</param>
    /// <returns>True if infinite.</returns>
    public static unsafe bool IsInfinity(double f) => (*(ulong*)&f & 0x7FFFFFFFFFFFFFFFul) == 0x7FF0000000000000ul;

    /// <summary>Whether <paramref name="f"/> is positive infinity.</summary>
    /// <param name="f">The value.</param>
    /// <returns>True if so.</returns>
    public static bool IsPositiveInfinity(double f) => f == PositiveInfinity;

    /// <summary>Whether <paramref name="f"/> is negative infinity.</summary>
    /// <param name="f">The value.</param>
    /// <returns>True if so.</returns>
    public static bool IsNegativeInfinity(double f) => f == NegativeInfinity;

    /// <summary>Whether <paramref name="f"/> is finite.</summary>
    /// <param name="f">The value.</param>
    /// <returns>True if neither infinite nor NaN.</returns>
    public static unsafe bool IsFinite(double f) => (*(ulong*)&f & 0x7FFFFFFFFFFFFFFFul) < 0x7FF0000000000000ul;

    /// <summary>Whether the sign bit of <paramref name="f"/> is set (-0 and negative NaNs included).</summary>
    /// <param name="f">The value.</param>
    /// <returns>True if negative.</returns>
    public static unsafe bool IsNegative(double f) => (*(ulong*)&f >> 63) != 0;

    /// <summary>The shortest text that reads back as the same value.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString((string)null);

    /// <summary>The value in <paramref name="format"/> (R, G, F, N, E, P or a custom format).</summary>
    /// <param name="format">The format.</param>
    /// <returns>The text.</returns>
    public unsafe string ToString(string format)
    {
        double v = m_value;
        return NumberFormatting.FormatFloating(*(ulong*)&v, FloatingPointDigits.Double, format);
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
    public static double Parse(string s) => Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, null);

    /// <summary>Reads a number (invariant).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The value.</returns>
    public static double Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider);

    /// <summary>Reads a number in <paramref name="style"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="style">What the text may contain.</param>
    /// <returns>The value.</returns>
    public static double Parse(string s, NumberStyles style) => Parse(s, style, null);

    /// <summary>Reads a number in <paramref name="style"/> (invariant).</summary>
    /// <param name="s">The text.</param>
    /// <param name="style">What the text may contain.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The value.</returns>
    public static unsafe double Parse(string s, NumberStyles style, IFormatProvider provider)
    {
        ArgumentNullException.ThrowIfNull(s, nameof(s));
        if (NumberParsing.ParseFloating(s, style, FloatingPointDigits.Double, out ulong bits) != NumberParsing.Outcome.Ok)
            throw new FormatException("The input string '" + s + "' was not in a correct format.");
        ulong narrow = (ulong)bits;
        return *(double*)&narrow;
    }

    /// <summary>Reads a number if the text is one.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or 0.</param>
    /// <returns>True if it was read.</returns>
    public static bool TryParse(string s, out double result) => TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, null, out result);

    /// <summary>Reads a number in <paramref name="style"/> if the text is one.</summary>
    /// <param name="s">The text.</param>
    /// <param name="style">What the text may contain.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The value, or 0.</param>
    /// <returns>True if it was read.</returns>
    public static unsafe bool TryParse(string s, NumberStyles style, IFormatProvider provider, out double result)
    {
        result = 0;
        if (s is null || NumberParsing.ParseFloating(s, style, FloatingPointDigits.Double, out ulong bits) != NumberParsing.Outcome.Ok)
            return false;
        ulong narrow = (ulong)bits;
        result = *(double*)&narrow;
        return true;
    }

    /// <summary>Reads a number if the text is one.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or 0.</param>
    /// <returns>True if it was read.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out double result) => TryParse(new string(s), out result);

    // Conversions ILC calls for casts the x64 instruction set has no single instruction for.
    internal static ulong ConvertToUInt64(double value)
    {
        const double TwoTo63 = 9223372036854775808.0;
        if (value >= TwoTo63)
            return value >= 18446744073709551616.0 || IsNaN(value) ? 0 : (ulong)(long)(value - TwoTo63) + 0x8000000000000000UL;
        return value > -1.0 ? (ulong)(long)value : 0;
    }

    internal static int ConvertToInt32Checked(double value)
    {
        if (!(value > -2147483649.0 && value < 2147483648.0))
            throw new OverflowException();
        return (int)value;
    }

    internal static uint ConvertToUInt32Checked(double value)
    {
        if (!(value > -1.0 && value < 4294967296.0))
            throw new OverflowException();
        return (uint)(long)value;
    }

    internal static long ConvertToInt64Checked(double value)
    {
        if (!(value >= -9223372036854775808.0 && value < 9223372036854775808.0))
            throw new OverflowException();
        return (long)value;
    }

    internal static ulong ConvertToUInt64Checked(double value)
    {
        if (!(value > -1.0 && value < 18446744073709551616.0))
            throw new OverflowException();
        return ConvertToUInt64(value);
    }

    internal static double ConvertFromUInt64(ulong value) =>
        (long)value >= 0 ? (long)value : (double)(long)((value >> 1) | (value & 1)) * 2.0;

    // fmod: the remainder of x / y with x's sign, exact, by long division of the mantissas.
    internal static unsafe double Remainder(double x, double y)
    {
        if (IsNaN(x) || IsNaN(y) || IsInfinity(x) || y == 0)
            return NaN;
        if (IsInfinity(y) || x == 0)
            return x;
        ulong xb = *(ulong*)&x, yb = *(ulong*)&y;
        bool negative = (xb >> 63) != 0;
        var (mx, ex) = FloatingPointDigits.Decompose(xb & ~(1UL << 63), FloatingPointDigits.Double);
        var (my, ey) = FloatingPointDigits.Decompose(yb & ~(1UL << 63), FloatingPointDigits.Double);
        if (ex < ey || (ex == ey && mx < my))
            return x;
        ulong r = mx % my;
        for (int e = ex; e > ey; e--)
            r = (r << 1) % my;
        double magnitude = r * Pow2(ey);
        return negative ? -magnitude : magnitude;
    }

    private static double Pow2(int exponent)
    {
        double result = 1;
        double step = exponent >= 0 ? 2.0 : 0.5;
        for (int i = 0; i < Math.Abs(exponent); i++)
            result *= step;
        return result;
    }
}
