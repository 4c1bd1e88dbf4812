using System.Collections.Generic;

namespace System.Linq;

public static partial class Enumerable
{
    /// <summary>Whether the sequence has any element.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <returns>True if it has one.</returns>
    public static bool Any<TSource>(this IEnumerable<TSource> source)
    {
        Require(source, nameof(source));
        if (source is ICollection<TSource> collection)
            return collection.Count > 0;
        using IEnumerator<TSource> e = source.GetEnumerator();
        return e.MoveNext();
    }

    /// <summary>Whether any element passes <paramref name="predicate"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="predicate">The test.</param>
    /// <returns>True if one does.</returns>
    public static bool Any<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        Require(source, nameof(source));
        Require(predicate, nameof(predicate));
        foreach (TSource item in source)
        {
            if (predicate(item))
                return true;
        }

        return false;
    }

    /// <summary>Whether every element passes <paramref name="predicate"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="predicate">The test.</param>
    /// <returns>True if all do (also for an empty sequence).</returns>
    public static bool All<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        Require(source, nameof(source));
        Require(predicate, nameof(predicate));
        foreach (TSource item in source)
        {
            if (!predicate(item))
                return false;
        }

        return true;
    }

    /// <summary>Whether the sequence holds <paramref name="value"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="value">The value.</param>
    /// <returns>True if it does.</returns>
    public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value) => Contains(source, value, null);

    /// <summary>Whether the sequence holds <paramref name="value"/> by <paramref name="comparer"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="value">The value.</param>
    /// <param name="comparer">The equality (null for the default).</param>
    /// <returns>True if it does.</returns>
    public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value, IEqualityComparer<TSource> comparer)
    {
        Require(source, nameof(source));
        comparer ??= EqualityComparer<TSource>.Default;
        foreach (TSource item in source)
        {
            if (comparer.Equals(item, value))
                return true;
        }

        return false;
    }

    /// <summary>Whether two sequences have equal elements in the same order.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="first">One sequence.</param>
    /// <param name="second">The other.</param>
    /// <returns>True if equal.</returns>
    public static bool SequenceEqual<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
    {
        Require(first, nameof(first));
        Require(second, nameof(second));
        var equality = EqualityComparer<TSource>.Default;
        using IEnumerator<TSource> a = first.GetEnumerator();
        using IEnumerator<TSource> b = second.GetEnumerator();
        while (a.MoveNext())
        {
            if (!b.MoveNext() || !equality.Equals(a.Current, b.Current))
                return false;
        }

        return !b.MoveNext();
    }
}
