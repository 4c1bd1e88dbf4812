namespace System.Collections.Generic;

/// <summary>A typed sequence <c>foreach</c> can walk.</summary>
/// <typeparam name="T">The element type.</typeparam>
public interface IEnumerable<out T> : IEnumerable
{
    /// <summary>An enumerator over the elements.</summary>
    /// <returns>The enumerator.</returns>
    new IEnumerator<T> GetEnumerator();
}
