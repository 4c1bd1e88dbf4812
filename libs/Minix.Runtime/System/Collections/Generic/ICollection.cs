namespace System.Collections.Generic;

/// <summary>A collection that can change.</summary>
/// <typeparam name="T">The element type.</typeparam>
public interface ICollection<T> : IEnumerable<T>
{
    /// <summary>The element count.</summary>
    int Count { get; }

    /// <summary>Whether the collection refuses changes.</summary>
    bool IsReadOnly { get; }

    /// <summary>Adds an element.</summary>
    /// <param name="item">The element.</param>
    void Add(T item);

    /// <summary>Removes every element.</summary>
    void Clear();

    /// <summary>Whether the collection holds <paramref name="item"/>.</summary>
    /// <param name="item">The element.</param>
    /// <returns>True if it does.</returns>
    bool Contains(T item);

    /// <summary>Copies the elements into <paramref name="array"/> from <paramref name="arrayIndex"/>.</summary>
    /// <param name="array">The target.</param>
    /// <param name="arrayIndex">The first index written.</param>
    void CopyTo(T[] array, int arrayIndex);

    /// <summary>Removes the first occurrence of <paramref name="item"/>.</summary>
    /// <param name="item">The element.</param>
    /// <returns>False if it was not there.</returns>
    bool Remove(T item);
}
