namespace System.Collections;

/// <summary>A sized collection (non-generic).</summary>
public interface ICollection : IEnumerable
{
    /// <summary>The element count.</summary>
    int Count { get; }
}
