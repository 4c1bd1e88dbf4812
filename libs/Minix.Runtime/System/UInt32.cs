namespace System;

/// <summary>A 32-bit unsigned integer.</summary>
public readonly struct UInt32 : IEquatable<uint>, IComparable<uint>
{
    private readonly uint m_value;

    /// <summary>The smallest value.</summary>
    public const uint MinValue = 0;

    /// <summary>The largest value.</summary>
    public const uint MaxValue = 0xFFFFFFFF;

    /// <summary>Value equality.</summary>
    /// <param name="obj">The value to compare with.</param>
    /// <returns>True if the values are equal.</returns>
    public bool Equals(uint obj) => m_value == obj;

    /// <summary>Orders two values.</summary>
    /// <param name="value">The value to compare with.</param>
    /// <returns>Negative, zero or positive as this value is below, equal to or above <paramref name="value"/>.</returns>
    public int CompareTo(uint value) => m_value < value ? -1 : m_value > value ? 1 : 0;

    /// <summary>A hash of the value.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => (int)m_value;
}
