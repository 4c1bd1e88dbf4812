namespace System;

/// <summary>A 32-bit IEEE 754 floating-point number.</summary>
public readonly struct Single : IEquatable<float>
{
    private readonly float m_value;

    /// <summary>The most negative finite value.</summary>
    public const float MinValue = -3.40282346638528859e+38f;

    /// <summary>The largest finite value.</summary>
    public const float MaxValue = 3.40282346638528859e+38f;

    /// <summary>Not a number.</summary>
    public const float NaN = 0.0f / 0.0f;

    /// <summary>Positive infinity.</summary>
    public const float PositiveInfinity = 1.0f / 0.0f;

    /// <summary>Negative infinity.</summary>
    public const float NegativeInfinity = -1.0f / 0.0f;

    /// <summary>Value equality (NaN equals NaN, as in .NET).</summary>
    /// <param name="obj">The value to compare with.</param>
    /// <returns>True if the values are equal or both are NaN.</returns>
    public bool Equals(float obj) => m_value == obj || (IsNaN(m_value) && IsNaN(obj));

    /// <summary>Whether <paramref name="f"/> is NaN.</summary>
    /// <param name="f">The value.</param>
    /// <returns>True for NaN.</returns>
    public static unsafe bool IsNaN(float f) => (*(uint*)&f & 0x7FFFFFFFu) > 0x7F800000u;

    /// <summary>A hash of the bits.</summary>
    /// <returns>The hash code.</returns>
    public override unsafe int GetHashCode()
    {
        float v = m_value;
        return *(int*)&v;
    }
}
