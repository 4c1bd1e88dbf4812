using System.Collections.Generic;

namespace System.Linq;

public static partial class Enumerable
{
    /// <summary>The elements sorted by a key, ascending (a stable sort, as .NET's).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="keySelector">The key of an element.</param>
    /// <returns>The sorted sequence.</returns>
    public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
        OrderBy(source, keySelector, null);

    /// <summary>The elements sorted by a key and an order, ascending.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="keySelector">The key of an element.</param>
    /// <param name="comparer">The key order (null for the default).</param>
    /// <returns>The sorted sequence.</returns>
    public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer)
    {
        Require(source, nameof(source));
        Require(keySelector, nameof(keySelector));
        return new OrderedSequence<TSource>(source, null, KeyLevel.Of(keySelector, comparer, descending: false));
    }

    /// <summary>The elements sorted by a key, descending.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="keySelector">The key of an element.</param>
    /// <returns>The sorted sequence.</returns>
    public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
        OrderByDescending(source, keySelector, null);

    /// <summary>The elements sorted by a key and an order, descending.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="keySelector">The key of an element.</param>
    /// <param name="comparer">The key order (null for the default).</param>
    /// <returns>The sorted sequence.</returns>
    public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer)
    {
        Require(source, nameof(source));
        Require(keySelector, nameof(keySelector));
        return new OrderedSequence<TSource>(source, null, KeyLevel.Of(keySelector, comparer, descending: true));
    }

    /// <summary>The elements sorted by themselves, ascending.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <returns>The sorted sequence.</returns>
    public static IOrderedEnumerable<T> Order<T>(this IEnumerable<T> source) => OrderBy(source, x => x);

    /// <summary>The elements sorted by themselves, descending.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <returns>The sorted sequence.</returns>
    public static IOrderedEnumerable<T> OrderDescending<T>(this IEnumerable<T> source) => OrderByDescending(source, x => x);

    /// <summary>Sorted further by a secondary key, ascending.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The sorted sequence.</param>
    /// <param name="keySelector">The key of an element.</param>
    /// <returns>The sorted sequence.</returns>
    public static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
        Refine(source, KeyLevel.Of(keySelector, null, descending: false));

    /// <summary>Sorted further by a secondary key and an order, ascending.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The sorted sequence.</param>
    /// <param name="keySelector">The key of an element.</param>
    /// <param name="comparer">The key order (null for the default).</param>
    /// <returns>The sorted sequence.</returns>
    public static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer) =>
        Refine(source, KeyLevel.Of(keySelector, comparer, descending: false));

    /// <summary>Sorted further by a secondary key, descending.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The sorted sequence.</param>
    /// <param name="keySelector">The key of an element.</param>
    /// <returns>The sorted sequence.</returns>
    public static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
        Refine(source, KeyLevel.Of(keySelector, null, descending: true));

    /// <summary>Sorted further by a secondary key and an order, descending.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The sorted sequence.</param>
    /// <param name="keySelector">The key of an element.</param>
    /// <param name="comparer">The key order (null for the default).</param>
    /// <returns>The sorted sequence.</returns>
    public static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer) =>
        Refine(source, KeyLevel.Of(keySelector, comparer, descending: true));

    // Refines without a virtual call to a generic method: the image's own ordered sequence is the only kind.
    private static IOrderedEnumerable<TSource> Refine<TSource>(IOrderedEnumerable<TSource> source, KeyLevel<TSource> level)
    {
        Require(source, nameof(source));
        if (source is OrderedSequence<TSource> ordered)
            return new OrderedSequence<TSource>(ordered.Source, ordered, level);
        throw new NotSupportedException("ThenBy over an ordered sequence the image runtime did not make");
    }
}

// One sort key: computes an element's key and compares two elements by it.
internal abstract class KeyLevel<TElement>
{
    public abstract Comparison<int> Prepare(TElement[] elements);
}

internal static class KeyLevel
{
    public static KeyLevel<TElement> Of<TElement, TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending)
    {
        if (keySelector is null)
            throw new ArgumentNullException(nameof(keySelector));
        return new Typed<TElement, TKey>(keySelector, comparer ?? Comparer<TKey>.Default, descending);
    }

    private sealed class Typed<TElement, TKey> : KeyLevel<TElement>
    {
        private readonly Func<TElement, TKey> keySelector;
        private readonly IComparer<TKey> comparer;
        private readonly bool descending;

        public Typed(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending)
        {
            this.keySelector = keySelector;
            this.comparer = comparer;
            this.descending = descending;
        }

        public override Comparison<int> Prepare(TElement[] elements)
        {
            var keys = new TKey[elements.Length];
            for (int i = 0; i < elements.Length; i++)
                keys[i] = keySelector(elements[i]);
            return descending ? (a, b) => comparer.Compare(keys[b], keys[a]) : (a, b) => comparer.Compare(keys[a], keys[b]);
        }
    }
}

// A sequence sorted lazily by its keys, ties broken by position: a stable sort, whatever algorithm runs.
internal sealed class OrderedSequence<TElement> : IOrderedEnumerable<TElement>
{
    private readonly IEnumerable<TElement> _source;
    private readonly OrderedSequence<TElement> _parent;
    private readonly KeyLevel<TElement> _level;

    public OrderedSequence(IEnumerable<TElement> source, OrderedSequence<TElement> parent, KeyLevel<TElement> level)
    {
        _source = source;
        _parent = parent;
        _level = level;
    }

    public IEnumerable<TElement> Source => _source;

    public IOrderedEnumerable<TElement> CreateOrderedEnumerable<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending) =>
        new OrderedSequence<TElement>(_source, this, KeyLevel.Of(keySelector, comparer, descending));

    public IEnumerator<TElement> GetEnumerator()
    {
        TElement[] elements = Enumerable.ToArray(_source);
        var levels = new List<Comparison<int>>();
        for (OrderedSequence<TElement> current = this; current is not null; current = current._parent)
            levels.Insert(0, current._level.Prepare(elements));
        var order = new int[elements.Length];
        for (int i = 0; i < order.Length; i++)
            order[i] = i;
        Array.Sort(order, (a, b) =>
        {
            foreach (Comparison<int> compare in levels)
            {
                int result = compare(a, b);
                if (result != 0)
                    return result;
            }

            return a - b;
        });
        var sorted = new TElement[elements.Length];
        for (int i = 0; i < order.Length; i++)
            sorted[i] = elements[order[i]];
        return ((IEnumerable<TElement>)sorted).GetEnumerator();
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
