namespace System;

/// <summary>A pointer-sized unsigned integer (<c>nuint</c>).</summary>
public readonly struct UIntPtr : IEquatable<nuint>
{
    private readonly nuint _value;

    /// <summary>Zero.</summary>
    public static nuint Zero => 0;

    /// <summary>The size of a pointer in bytes.</summary>
    public static int Size => 8;

    /// <summary>The smallest value.</summary>
    public static nuint MinValue => 0;

    /// <summary>The largest value.</summary>
    public static nuint MaxValue => unchecked((nuint)0xFFFFFFFFFFFFFFFF);

    /// <summary>Value equality.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>True if the values are equal.</returns>
    public bool Equals(nuint other) => _value == other;

    /// <summary>A hash of the value.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => (int)_value ^ (int)(_value >> 32);
}
