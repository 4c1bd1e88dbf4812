namespace System;

/// <summary>A position from the start or, with <c>^</c>, from the end of a sequence.</summary>
public readonly struct Index : IEquatable<Index>
{
    // Non-negative: from the start. Negative: ~offset from the end.
    private readonly int _value;

    /// <summary>Creates an index.</summary>
    /// <param name="value">The offset (not negative).</param>
    /// <param name="fromEnd">Whether it counts from the end.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public Index(int value, bool fromEnd = false)
    {
        if (value < 0)
            throw new ArgumentOutOfRangeException(nameof(value));
        _value = fromEnd ? ~value : value;
    }

    /// <summary>The offset.</summary>
    public int Value => _value < 0 ? ~_value : _value;

    /// <summary>Whether it counts from the end.</summary>
    public bool IsFromEnd => _value < 0;

    /// <summary>The offset from the start in a sequence of <paramref name="length"/> elements.</summary>
    /// <param name="length">The sequence length.</param>
    /// <returns>The offset.</returns>
    public int GetOffset(int length) => _value < 0 ? length + _value + 1 : _value;

    /// <summary>An index from the start.</summary>
    /// <param name="value">The offset.</param>
    /// <returns>The index.</returns>
    public static Index FromStart(int value) => new(value);

    /// <summary>An index from the end.</summary>
    /// <param name="value">The offset.</param>
    /// <returns>The index.</returns>
    public static Index FromEnd(int value) => new(value, true);

    /// <summary>The first position.</summary>
    public static Index Start => new(0);

    /// <summary>The position past the last element.</summary>
    public static Index End => new(0, true);

    /// <summary>An index from the start.</summary>
    /// <param name="value">The offset.</param>
    public static implicit operator Index(int value) => FromStart(value);

    /// <summary>Value equality.</summary>
    /// <param name="other">The other index.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(Index other) => _value == other._value;

    /// <inheritdoc/>
    public override int GetHashCode() => _value;
}
