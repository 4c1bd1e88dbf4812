namespace System.Collections.Generic;

/// <summary>A sized sequence with indexed access.</summary>
/// <typeparam name="T">The element type.</typeparam>
public interface IReadOnlyList<out T> : IReadOnlyCollection<T>
{
    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <param name="index">The index.</param>
    T this[int index] { get; }
}
