namespace System.Collections.Generic;

/// <summary>A collection with indexed access.</summary>
/// <typeparam name="T">The element type.</typeparam>
public interface IList<T> : ICollection<T>
{
    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <param name="index">The index.</param>
    T this[int index] { get; set; }

    /// <summary>The index of the first occurrence of <paramref name="item"/>, or -1.</summary>
    /// <param name="item">The element.</param>
    /// <returns>The index.</returns>
    int IndexOf(T item);

    /// <summary>Inserts <paramref name="item"/> at <paramref name="index"/>.</summary>
    /// <param name="index">The index.</param>
    /// <param name="item">The element.</param>
    void Insert(int index, T item);

    /// <summary>Removes the element at <paramref name="index"/>.</summary>
    /// <param name="index">The index.</param>
    void RemoveAt(int index);
}
