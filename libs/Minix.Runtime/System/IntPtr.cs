namespace System;

/// <summary>A pointer-sized signed integer (<c>nint</c>).</summary>
public readonly struct IntPtr : IEquatable<nint>
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
}
