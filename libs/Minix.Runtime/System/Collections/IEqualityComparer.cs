namespace System.Collections;

/// <summary>Equality of objects (non-generic).</summary>
public interface IEqualityComparer
{
    /// <summary>Whether two objects are equal.</summary>
    /// <param name="x">One object.</param>
    /// <param name="y">The other.</param>
    /// <returns>True if equal.</returns>
    bool Equals(object x, object y);

    /// <summary>A hash consistent with <see cref="Equals(object, object)"/>.</summary>
    /// <param name="obj">The object.</param>
    /// <returns>The hash.</returns>
    int GetHashCode(object obj);
}
