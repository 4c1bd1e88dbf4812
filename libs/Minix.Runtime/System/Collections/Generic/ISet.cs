namespace System.Collections.Generic;

/// <summary>A collection of distinct elements.</summary>
/// <typeparam name="T">The element type.</typeparam>
public interface ISet<T> : ICollection<T>
{
    /// <summary>Adds an element.</summary>
    /// <param name="item">The element.</param>
    /// <returns>False if it was already there.</returns>
    new bool Add(T item);

    /// <summary>Adds every element of <paramref name="other"/>.</summary>
    /// <param name="other">The elements.</param>
    void UnionWith(IEnumerable<T> other);

    /// <summary>Keeps only the elements also in <paramref name="other"/>.</summary>
    /// <param name="other">The elements.</param>
    void IntersectWith(IEnumerable<T> other);

    /// <summary>Removes the elements in <paramref name="other"/>.</summary>
    /// <param name="other">The elements.</param>
    void ExceptWith(IEnumerable<T> other);

    /// <summary>Whether every element is in <paramref name="other"/>.</summary>
    /// <param name="other">The elements.</param>
    /// <returns>True if so.</returns>
    bool IsSubsetOf(IEnumerable<T> other);

    /// <summary>Whether every element of <paramref name="other"/> is here.</summary>
    /// <param name="other">The elements.</param>
    /// <returns>True if so.</returns>
    bool IsSupersetOf(IEnumerable<T> other);

    /// <summary>Whether any element of <paramref name="other"/> is here.</summary>
    /// <param name="other">The elements.</param>
    /// <returns>True if so.</returns>
    bool Overlaps(IEnumerable<T> other);

    /// <summary>Whether the same elements are here as in <paramref name="other"/>.</summary>
    /// <param name="other">The elements.</param>
    /// <returns>True if so.</returns>
    bool SetEquals(IEnumerable<T> other);
}
