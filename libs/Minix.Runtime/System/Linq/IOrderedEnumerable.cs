using System.Collections.Generic;

namespace System.Linq;

/// <summary>A sequence sorted by one or more keys, which ThenBy can refine.</summary>
/// <typeparam name="TElement">The element type.</typeparam>
public interface IOrderedEnumerable<out TElement> : IEnumerable<TElement>
{
    /// <summary>The sequence sorted further by a secondary key.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="keySelector">The key.</param>
    /// <param name="comparer">The key order (null for the default).</param>
    /// <param name="descending">Whether to sort descending.</param>
    /// <returns>The sorted sequence.</returns>
    IOrderedEnumerable<TElement> CreateOrderedEnumerable<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending);
}
