namespace System;

/// <summary>A 64-bit signed integer.</summary>
public readonly struct Int64 : IEquatable<long>, IComparable<long>
{
    private readonly long m_value;

    /// <summary>The smallest value.</summary>
    public const long MinValue = unchecked((long)0x8000000000000000);

    /// <summary>The largest value.</summary>
    public const long MaxValue = 0x7FFFFFFFFFFFFFFF;

    /// <summary>Value equality.</summary>
    /// <param name="obj">The value to compare with.</param>
    /// <returns>True if the values are equal.</returns>
    public bool Equals(long obj) => m_value == obj;

    /// <summary>Orders two values.</summary>
    /// <param name="value">The value to compare with.</param>
    /// <returns>Negative, zero or positive as this value is below, equal to or above <paramref name="value"/>.</returns>
    public int CompareTo(long value) => m_value < value ? -1 : m_value > value ? 1 : 0;

    /// <summary>A hash of the value.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => (int)m_value ^ (int)(m_value >> 32);
}
