namespace System;

/// <summary>A pointer-sized signed integer (<c>nint</c>).</summary>
public readonly struct IntPtr : IEquatable<nint>, IComparable<nint>, IFormattable
{
    private readonly nint _value;

    /// <summary>Zero.</summary>
    public static nint Zero => 0;

    /// <summary>The size of a pointer in bytes.</summary>
    public static int Size => 8;

    /// <summary>The smallest value.</summary>
    public static nint MinValue => unchecked((nint)0x8000000000000000);

    /// <summary>The largest value.</summary>
    public static nint MaxValue => unchecked((nint)0x7FFFFFFFFFFFFFFF);

    /// <summary>Value equality.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>True if the values are equal.</returns>
    public bool Equals(nint other) => _value == other;

    /// <summary>A hash of the value.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => (int)_value ^ (int)(_value >> 32);

    /// <inheritdoc/>
    public override bool Equals(object obj) => obj is nint other && other == _value;

    /// <summary>Orders two values.</summary>
    /// <param name="value">The value to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(nint value) => _value < value ? -1 : _value > value ? 1 : 0;

    /// <summary>The value in decimal.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => NumberFormatting.FormatInteger((ulong)(long)_value, true, 64, null);

    /// <summary>The value in <paramref name="format"/>.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The text.</returns>
    public string ToString(string format) => NumberFormatting.FormatInteger((ulong)(long)_value, true, 64, format);

    /// <summary>The value in <paramref name="format"/> (invariant).</summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    public string ToString(string format, IFormatProvider formatProvider) => ToString(format);
}
