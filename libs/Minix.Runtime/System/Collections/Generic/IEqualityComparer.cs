namespace System.Collections.Generic;

/// <summary>Equality of values.</summary>
/// <typeparam name="T">The value type.</typeparam>
public interface IEqualityComparer<in T>
{
    /// <summary>Whether two values are equal.</summary>
    /// <param name="x">One value.</param>
    /// <param name="y">The other.</param>
    /// <returns>True if equal.</returns>
    bool Equals(T x, T y);

    /// <summary>A hash consistent with <see cref="Equals(T, T)"/>.</summary>
    /// <param name="obj">The value.</param>
    /// <returns>The hash.</returns>
    int GetHashCode(T obj);
}
