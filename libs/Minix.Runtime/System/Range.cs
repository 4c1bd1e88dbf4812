namespace System;

/// <summary>A range of positions, <c>a..b</c>.</summary>
public readonly struct Range : IEquatable<Range>
{
    /// <summary>Creates a range.</summary>
    /// <param name="start">The inclusive start.</param>
    /// <param name="end">The exclusive end.</param>
    public Range(Index start, Index end)
    {
        Start = start;
        End = end;
    }

    /// <summary>The inclusive start.</summary>
    public Index Start { get; }

    /// <summary>The exclusive end.</summary>
    public Index End { get; }

    /// <summary>From <paramref name="start"/> to the end.</summary>
    /// <param name="start">The start.</param>
    /// <returns>The range.</returns>
    public static Range StartAt(Index start) => new(start, Index.End);

    /// <summary>From the start to <paramref name="end"/>.</summary>
    /// <param name="end">The end.</param>
    /// <returns>The range.</returns>
    public static Range EndAt(Index end) => new(Index.Start, end);

    /// <summary>Everything.</summary>
    public static Range All => new(Index.Start, Index.End);

    /// <summary>The offset and length in a sequence of <paramref name="length"/> elements.</summary>
    /// <param name="length">The sequence length.</param>
    /// <returns>The offset and length.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range does not fit.</exception>
    public (int Offset, int Length) GetOffsetAndLength(int length)
    {
        int start = Start.GetOffset(length), end = End.GetOffset(length);
        if ((uint)end > (uint)length || (uint)start > (uint)end)
            throw new ArgumentOutOfRangeException(nameof(length));
        return (start, end - start);
    }

    /// <summary>Value equality.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(Range other) => Start.Equals(other.Start) && End.Equals(other.End);

    /// <inheritdoc/>
    public override int GetHashCode() => Start.GetHashCode() * 31 + End.GetHashCode();
}
