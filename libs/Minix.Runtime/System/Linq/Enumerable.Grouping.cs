using System.Collections.Generic;

namespace System.Linq;

/// <summary>The elements that share a key.</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TElement">The element type.</typeparam>
public interface IGrouping<out TKey, out TElement> : IEnumerable<TElement>
{
    /// <summary>The shared key.</summary>
    TKey Key { get; }
}

public static partial class Enumerable
{
    /// <summary>The elements grouped by key, groups in the order their keys first appear.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="keySelector">The key of an element.</param>
    /// <returns>The groups.</returns>
    public static IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
        GroupBy(source, keySelector, x => x);

    /// <summary>Values of the elements grouped by key, groups in the order their keys first appear.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TElement">The grouped value type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="keySelector">The key of an element.</param>
    /// <param name="elementSelector">The grouped value of an element.</param>
    /// <returns>The groups.</returns>
    public static IEnumerable<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
    {
        Require(source, nameof(source));
        Require(keySelector, nameof(keySelector));
        Require(elementSelector, nameof(elementSelector));
        return GroupByIterator(source, keySelector, elementSelector);
    }

    private static IEnumerable<IGrouping<TKey, TElement>> GroupByIterator<TSource, TKey, TElement>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
    {
        var groups = new List<Grouping<TKey, TElement>>();
        var byKey = new Dictionary<KeyBox<TKey>, Grouping<TKey, TElement>>();
        foreach (TSource item in source)
        {
            TKey key = keySelector(item);
            var box = new KeyBox<TKey>(key);
            if (!byKey.TryGetValue(box, out Grouping<TKey, TElement> group))
            {
                group = new Grouping<TKey, TElement>(key);
                byKey.Add(box, group);
                groups.Add(group);
            }

            group.Elements.Add(elementSelector(item));
        }

        foreach (Grouping<TKey, TElement> group in groups)
            yield return group;
    }

    // A key that may be null (a group of null keys is allowed; a dictionary key is not).
    private readonly struct KeyBox<TKey> : IEquatable<KeyBox<TKey>>
    {
        private readonly TKey _key;

        public KeyBox(TKey key) => _key = key;

        public bool Equals(KeyBox<TKey> other) => EqualityComparer<TKey>.Default.Equals(_key, other._key);

        public override bool Equals(object obj) => obj is KeyBox<TKey> other && Equals(other);

        public override int GetHashCode() => _key is null ? 0 : EqualityComparer<TKey>.Default.GetHashCode(_key);
    }

    private sealed class Grouping<TKey, TElement> : IGrouping<TKey, TElement>
    {
        public Grouping(TKey key) => Key = key;

        public List<TElement> Elements { get; } = new();

        public TKey Key { get; }

        public IEnumerator<TElement> GetEnumerator() => Elements.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
