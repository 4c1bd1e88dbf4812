namespace System;

/// <summary>True or false.</summary>
public readonly struct Boolean : IEquatable<bool>
{
    private readonly bool m_value;

    /// <summary>Value equality.</summary>
    /// <param name="obj">The value to compare with.</param>
    /// <returns>True if the values are equal.</returns>
    public bool Equals(bool obj) => m_value == obj;

    /// <summary>A hash of the value.</summary>
    /// <returns>1 for true, 0 for false.</returns>
    public override int GetHashCode() => m_value ? 1 : 0;
}
