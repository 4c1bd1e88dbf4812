namespace System;

/// <summary>A 16-bit signed integer.</summary>
public readonly struct Int16 : IEquatable<short>, IComparable<short>
{
    private readonly short m_value;

    /// <summary>The smallest value.</summary>
    public const short MinValue = -32768;

    /// <summary>The largest value.</summary>
    public const short MaxValue = 32767;

    /// <summary>Value equality.</summary>
    /// <param name="obj">The value to compare with.</param>
    /// <returns>True if the values are equal.</returns>
    public bool Equals(short obj) => m_value == obj;

    /// <summary>Orders two values.</summary>
    /// <param name="value">The value to compare with.</param>
    /// <returns>Negative, zero or positive as this value is below, equal to or above <paramref name="value"/>.</returns>
    public int CompareTo(short value) => m_value < value ? -1 : m_value > value ? 1 : 0;

    /// <summary>A hash of the value.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => m_value;
}
