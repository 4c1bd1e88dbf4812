namespace System.Collections;

/// <summary>A cursor over a sequence.</summary>
public interface IEnumerator
{
    /// <summary>The element at the cursor.</summary>
    object Current { get; }

    /// <summary>Moves to the next element.</summary>
    /// <returns>False past the end.</returns>
    bool MoveNext();

    /// <summary>Moves back before the first element.</summary>
    void Reset();
}
