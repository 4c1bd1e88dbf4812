namespace System.Collections.Generic;

/// <summary>A sized sequence.</summary>
/// <typeparam name="T">The element type.</typeparam>
public interface IReadOnlyCollection<out T> : IEnumerable<T>
{
    /// <summary>The element count.</summary>
    int Count { get; }
}
