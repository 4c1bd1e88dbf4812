namespace System;

/// <summary>A UTF-16 code unit.</summary>
public readonly struct Char : IEquatable<char>, IComparable<char>
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

    /// <summary>Orders two values.</summary>
    /// <param name="value">The value to compare with.</param>
    /// <returns>Negative, zero or positive as this value is below, equal to or above <paramref name="value"/>.</returns>
    public int CompareTo(char value) => m_value < value ? -1 : m_value > value ? 1 : 0;

    /// <summary>Whether <paramref name="c"/> is the first half of a surrogate pair (U+D800..U+DBFF).</summary>
    /// <param name="c">The code unit.</param>
    /// <returns>True if it is.</returns>
    public static bool IsHighSurrogate(char c) => c >= 0xD800 && c <= 0xDBFF;

    /// <summary>Whether <paramref name="c"/> is the second half of a surrogate pair (U+DC00..U+DFFF).</summary>
    /// <param name="c">The code unit.</param>
    /// <returns>True if it is.</returns>
    public static bool IsLowSurrogate(char c) => c >= 0xDC00 && c <= 0xDFFF;

    /// <summary>A hash of the value.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => m_value;
}
