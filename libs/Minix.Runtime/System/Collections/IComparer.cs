namespace System.Collections;

/// <summary>An order of objects (non-generic).</summary>
public interface IComparer
{
    /// <summary>Orders two objects.</summary>
    /// <param name="x">One object.</param>
    /// <param name="y">The other.</param>
    /// <returns>Negative, zero or positive.</returns>
    int Compare(object x, object y);
}
