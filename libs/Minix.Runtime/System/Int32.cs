namespace System;

/// <summary>A 32-bit signed integer.</summary>
public readonly struct Int32 : IEquatable<int>, IComparable<int>
{
    private readonly int m_value;

    /// <summary>The smallest value.</summary>
    public const int MinValue = unchecked((int)0x80000000);

    /// <summary>The largest value.</summary>
    public const int MaxValue = 0x7FFFFFFF;

    /// <summary>Value equality.</summary>
    /// <param name="obj">The value to compare with.</param>
    /// <returns>True if the values are equal.</returns>
    public bool Equals(int obj) => m_value == obj;

    /// <summary>Orders two values.</summary>
    /// <param name="value">The value to compare with.</param>
    /// <returns>Negative, zero or positive as this value is below, equal to or above <paramref name="value"/>.</returns>
    public int CompareTo(int value) => m_value < value ? -1 : m_value > value ? 1 : 0;

    /// <summary>A hash of the value.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => m_value;
}
