namespace System.Collections.Generic;

/// <summary>A sequence that can be enumerated.</summary>
/// <typeparam name="T">The element type.</typeparam>
public interface IEnumerable<out T> : IEnumerable
{
    /// <summary>A cursor over the sequence.</summary>
    /// <returns>The enumerator.</returns>
    new IEnumerator<T> GetEnumerator();
}
