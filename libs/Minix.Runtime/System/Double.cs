namespace System;

/// <summary>A 64-bit IEEE 754 doubleing-point number.</summary>
public readonly struct Double : IEquatable<double>
{
    private readonly double m_value;

    /// <summary>The most negative finite value.</summary>
    public const double MinValue = -1.7976931348623157E+308;

    /// <summary>The largest finite value.</summary>
    public const double MaxValue = 1.7976931348623157E+308;

    /// <summary>Not a number.</summary>
    public const double NaN = 0.0 / 0.0;

    /// <summary>Positive infinity.</summary>
    public const double PositiveInfinity = 1.0 / 0.0;

    /// <summary>Negative infinity.</summary>
    public const double NegativeInfinity = -1.0 / 0.0;

    /// <summary>Value equality (NaN equals NaN, as in .NET).</summary>
    /// <param name="obj">The value to compare with.</param>
    /// <returns>True if the values are equal or both are NaN.</returns>
    public bool Equals(double obj) => m_value == obj || (IsNaN(m_value) && IsNaN(obj));

    /// <summary>Whether <paramref name="f"/> is NaN.</summary>
    /// <param name="f">The value.</param>
    /// <returns>True for NaN.</returns>
    public static unsafe bool IsNaN(double f) => (*(ulong*)&f & 0x7FFFFFFFFFFFFFFFul) > 0x7FF0000000000000ul;

    /// <summary>A hash of the bits.</summary>
    /// <returns>The hash code.</returns>
    public override unsafe int GetHashCode()
    {
        double v = m_value;
        long bits = *(long*)&v;
        return (int)bits ^ (int)(bits >> 32);
    }
}
