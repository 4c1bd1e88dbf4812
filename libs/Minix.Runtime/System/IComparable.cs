namespace System;

/// <summary>A type whose values are ordered.</summary>
/// <typeparam name="T">The type compared.</typeparam>
public interface IComparable<in T>
{
    /// <summary>Orders this value against <paramref name="other"/>.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    int CompareTo(T other);
}
