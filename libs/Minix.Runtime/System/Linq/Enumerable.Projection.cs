using System.Collections.Generic;

namespace System.Linq;

public static partial class Enumerable
{
    /// <summary>Each element mapped by <paramref name="selector"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="selector">The mapping.</param>
    /// <returns>The mapped sequence.</returns>
    public static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)
    {
        Require(source, nameof(source));
        Require(selector, nameof(selector));
        return SelectIterator(source, selector);
    }

    /// <summary>Each element mapped by <paramref name="selector"/>, which also sees its index.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="selector">The mapping.</param>
    /// <returns>The mapped sequence.</returns>
    public static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, int, TResult> selector)
    {
        Require(source, nameof(source));
        Require(selector, nameof(selector));
        return SelectIndexedIterator(source, selector);
    }

    /// <summary>The sequences <paramref name="selector"/> gives for each element, one after another.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TResult">The result element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="selector">The mapping to sequences.</param>
    /// <returns>The flattened sequence.</returns>
    public static IEnumerable<TResult> SelectMany<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, IEnumerable<TResult>> selector)
    {
        Require(source, nameof(source));
        Require(selector, nameof(selector));
        return SelectManyIterator(source, selector);
    }

    /// <summary>Each element with each of its sub-elements, mapped by <paramref name="resultSelector"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TCollection">The sub-element type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="collectionSelector">The sub-elements of an element.</param>
    /// <param name="resultSelector">The mapping of a pair.</param>
    /// <returns>The sequence.</returns>
    public static IEnumerable<TResult> SelectMany<TSource, TCollection, TResult>(this IEnumerable<TSource> source,
        Func<TSource, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
    {
        Require(source, nameof(source));
        Require(collectionSelector, nameof(collectionSelector));
        Require(resultSelector, nameof(resultSelector));
        return SelectManyIterator(source, collectionSelector, resultSelector);
    }

    /// <summary>Pairs of elements at the same position, mapped by <paramref name="resultSelector"/>.</summary>
    /// <typeparam name="TFirst">The first sequence's element type.</typeparam>
    /// <typeparam name="TSecond">The second sequence's element type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="first">The first sequence.</param>
    /// <param name="second">The second sequence.</param>
    /// <param name="resultSelector">The mapping of a pair.</param>
    /// <returns>The sequence, as long as the shorter input.</returns>
    public static IEnumerable<TResult> Zip<TFirst, TSecond, TResult>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second, Func<TFirst, TSecond, TResult> resultSelector)
    {
        Require(first, nameof(first));
        Require(second, nameof(second));
        Require(resultSelector, nameof(resultSelector));
        return ZipIterator(first, second, resultSelector);
    }

    /// <summary>Pairs of elements at the same position.</summary>
    /// <typeparam name="TFirst">The first sequence's element type.</typeparam>
    /// <typeparam name="TSecond">The second sequence's element type.</typeparam>
    /// <param name="first">The first sequence.</param>
    /// <param name="second">The second sequence.</param>
    /// <returns>The sequence of tuples.</returns>
    public static IEnumerable<(TFirst First, TSecond Second)> Zip<TFirst, TSecond>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second) =>
        Zip(first, second, (a, b) => (a, b));

    private static IEnumerable<TResult> SelectIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> selector)
    {
        foreach (TSource item in source)
            yield return selector(item);
    }

    private static IEnumerable<TResult> SelectIndexedIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, int, TResult> selector)
    {
        int index = -1;
        foreach (TSource item in source)
            yield return selector(item, checked(++index));
    }

    private static IEnumerable<TResult> SelectManyIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, IEnumerable<TResult>> selector)
    {
        foreach (TSource item in source)
        {
            foreach (TResult inner in selector(item))
                yield return inner;
        }
    }

    private static IEnumerable<TResult> SelectManyIterator<TSource, TCollection, TResult>(IEnumerable<TSource> source,
        Func<TSource, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
    {
        foreach (TSource item in source)
        {
            foreach (TCollection inner in collectionSelector(item))
                yield return resultSelector(item, inner);
        }
    }

    private static IEnumerable<TResult> ZipIterator<TFirst, TSecond, TResult>(IEnumerable<TFirst> first, IEnumerable<TSecond> second, Func<TFirst, TSecond, TResult> resultSelector)
    {
        using IEnumerator<TFirst> a = first.GetEnumerator();
        using IEnumerator<TSecond> b = second.GetEnumerator();
        while (a.MoveNext() && b.MoveNext())
            yield return resultSelector(a.Current, b.Current);
    }
}
