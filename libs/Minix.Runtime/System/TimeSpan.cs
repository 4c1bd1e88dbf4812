namespace System;

/// <summary>A length of time, in 100-nanosecond ticks.</summary>
public readonly struct TimeSpan : IEquatable<TimeSpan>, IComparable<TimeSpan>
{
    /// <summary>Ticks in a millisecond.</summary>
    public const long TicksPerMillisecond = 10_000;

    /// <summary>Ticks in a second.</summary>
    public const long TicksPerSecond = 10_000_000;

    private readonly long _ticks;

    /// <summary>A span of <paramref name="ticks"/> ticks.</summary>
    /// <param name="ticks">The ticks.</param>
    public TimeSpan(long ticks) => _ticks = ticks;

    /// <summary>No time.</summary>
    public static TimeSpan Zero => default;

    /// <summary>The ticks.</summary>
    public long Ticks => _ticks;

    /// <summary>The length in milliseconds.</summary>
    public double TotalMilliseconds => (double)_ticks / TicksPerMillisecond;

    /// <summary>The length in seconds.</summary>
    public double TotalSeconds => (double)_ticks / TicksPerSecond;

    /// <summary>A span of <paramref name="value"/> milliseconds.</summary>
    /// <param name="value">The milliseconds.</param>
    /// <returns>The span.</returns>
    public static TimeSpan FromMilliseconds(double value) => new((long)(value * TicksPerMillisecond));

    /// <summary>A span of <paramref name="value"/> seconds.</summary>
    /// <param name="value">The seconds.</param>
    /// <returns>The span.</returns>
    public static TimeSpan FromSeconds(double value) => new((long)(value * TicksPerSecond));

    /// <summary>Equality.</summary>
    /// <param name="other">The other span.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(TimeSpan other) => _ticks == other._ticks;

    /// <inheritdoc/>
    public override bool Equals(object obj) => obj is TimeSpan other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _ticks.GetHashCode();

    /// <summary>Orders two spans.</summary>
    /// <param name="other">The other span.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(TimeSpan other) => _ticks.CompareTo(other._ticks);

    /// <summary>The sum of two spans.</summary>
    /// <param name="a">One span.</param>
    /// <param name="b">The other.</param>
    /// <returns>The sum.</returns>
    public static TimeSpan operator +(TimeSpan a, TimeSpan b) => new(a._ticks + b._ticks);

    /// <summary>The difference of two spans.</summary>
    /// <param name="a">One span.</param>
    /// <param name="b">The other.</param>
    /// <returns>The difference.</returns>
    public static TimeSpan operator -(TimeSpan a, TimeSpan b) => new(a._ticks - b._ticks);
}
