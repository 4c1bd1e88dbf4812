namespace System.Collections;

/// <summary>Something <c>foreach</c> can walk. The compiler needs the type to exist; arrays and spans are walked by index.</summary>
public interface IEnumerable
{
    /// <summary>An enumerator over the elements.</summary>
    /// <returns>The enumerator.</returns>
    IEnumerator GetEnumerator();
}
