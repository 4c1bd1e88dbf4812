using System.Collections.Generic;

namespace System.Linq;

public static partial class Enumerable
{
    /// <summary>The distinct elements, in first-seen order.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <returns>The sequence.</returns>
    public static IEnumerable<TSource> Distinct<TSource>(this IEnumerable<TSource> source)
    {
        Require(source, nameof(source));
        return DistinctIterator(source);
    }

    /// <summary>The elements of both sequences, distinct, in first-seen order.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="first">One sequence.</param>
    /// <param name="second">The other.</param>
    /// <returns>The sequence.</returns>
    public static IEnumerable<TSource> Union<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second) => Distinct(Concat(first, second));

    /// <summary>The distinct elements of <paramref name="first"/> also in <paramref name="second"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="first">One sequence.</param>
    /// <param name="second">The other.</param>
    /// <returns>The sequence.</returns>
    public static IEnumerable<TSource> Intersect<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
    {
        Require(first, nameof(first));
        Require(second, nameof(second));
        return IntersectIterator(first, second);
    }

    /// <summary>The distinct elements of <paramref name="first"/> not in <paramref name="second"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="first">One sequence.</param>
    /// <param name="second">The other.</param>
    /// <returns>The sequence.</returns>
    public static IEnumerable<TSource> Except<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
    {
        Require(first, nameof(first));
        Require(second, nameof(second));
        return ExceptIterator(first, second);
    }

    /// <summary>One sequence after the other.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="first">The first.</param>
    /// <param name="second">The second.</param>
    /// <returns>The sequence.</returns>
    public static IEnumerable<TSource> Concat<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
    {
        Require(first, nameof(first));
        Require(second, nameof(second));
        return ConcatIterator(first, second);
    }

    /// <summary>The elements in reverse order.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <returns>The sequence.</returns>
    public static IEnumerable<TSource> Reverse<TSource>(this IEnumerable<TSource> source)
    {
        Require(source, nameof(source));
        return ReverseIterator(source);
    }

    /// <summary>The sequence with <paramref name="element"/> at the end.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="element">The element.</param>
    /// <returns>The sequence.</returns>
    public static IEnumerable<TSource> Append<TSource>(this IEnumerable<TSource> source, TSource element) => Concat(source, new[] { element });

    /// <summary>The sequence with <paramref name="element"/> at the start.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="element">The element.</param>
    /// <returns>The sequence.</returns>
    public static IEnumerable<TSource> Prepend<TSource>(this IEnumerable<TSource> source, TSource element) => Concat(new[] { element }, source);

    private static IEnumerable<TSource> DistinctIterator<TSource>(IEnumerable<TSource> source)
    {
        var seen = new HashSet<TSource>();
        foreach (TSource item in source)
        {
            if (seen.Add(item))
                yield return item;
        }
    }

    private static IEnumerable<TSource> IntersectIterator<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second)
    {
        var wanted = new HashSet<TSource>(second);
        foreach (TSource item in first)
        {
            if (wanted.Remove(item))
                yield return item;
        }
    }

    private static IEnumerable<TSource> ExceptIterator<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second)
    {
        var seen = new HashSet<TSource>(second);
        foreach (TSource item in first)
        {
            if (seen.Add(item))
                yield return item;
        }
    }

    private static IEnumerable<TSource> ConcatIterator<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second)
    {
        foreach (TSource item in first)
            yield return item;
        foreach (TSource item in second)
            yield return item;
    }

    private static IEnumerable<TSource> ReverseIterator<TSource>(IEnumerable<TSource> source)
    {
        TSource[] items = ToArray(source);
        for (int i = items.Length - 1; i >= 0; i--)
            yield return items[i];
    }
}
