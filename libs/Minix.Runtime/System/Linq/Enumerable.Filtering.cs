using System.Collections.Generic;

namespace System.Linq;

/// <summary>LINQ to objects: queries over any <see cref="IEnumerable{T}"/>, evaluated lazily where .NET's are.</summary>
public static partial class Enumerable
{
    /// <summary>The elements that pass <paramref name="predicate"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="predicate">The test.</param>
    /// <returns>The filtered sequence.</returns>
    public static IEnumerable<TSource> Where<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        Require(source, nameof(source));
        Require(predicate, nameof(predicate));
        return WhereIterator(source, predicate);
    }

    /// <summary>The elements that pass <paramref name="predicate"/>, which also sees each element's index.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="predicate">The test.</param>
    /// <returns>The filtered sequence.</returns>
    public static IEnumerable<TSource> Where<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
    {
        Require(source, nameof(source));
        Require(predicate, nameof(predicate));
        return WhereIndexedIterator(source, predicate);
    }

    /// <summary>The first <paramref name="count"/> elements.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="count">How many.</param>
    /// <returns>The sequence.</returns>
    public static IEnumerable<TSource> Take<TSource>(this IEnumerable<TSource> source, int count)
    {
        Require(source, nameof(source));
        return TakeIterator(source, count);
    }

    /// <summary>The elements after the first <paramref name="count"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="count">How many to skip.</param>
    /// <returns>The sequence.</returns>
    public static IEnumerable<TSource> Skip<TSource>(this IEnumerable<TSource> source, int count)
    {
        Require(source, nameof(source));
        return SkipIterator(source, count);
    }

    /// <summary>The leading elements that pass <paramref name="predicate"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="predicate">The test.</param>
    /// <returns>The sequence.</returns>
    public static IEnumerable<TSource> TakeWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        Require(source, nameof(source));
        Require(predicate, nameof(predicate));
        return TakeWhileIterator(source, predicate);
    }

    /// <summary>The elements from the first that fails <paramref name="predicate"/> on.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="predicate">The test.</param>
    /// <returns>The sequence.</returns>
    public static IEnumerable<TSource> SkipWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        Require(source, nameof(source));
        Require(predicate, nameof(predicate));
        return SkipWhileIterator(source, predicate);
    }

    /// <summary>The elements of type <typeparamref name="TResult"/>.</summary>
    /// <typeparam name="TResult">The wanted type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <returns>The sequence.</returns>
    public static IEnumerable<TResult> OfType<TResult>(this System.Collections.IEnumerable source)
    {
        Require(source, nameof(source));
        return OfTypeIterator<TResult>(source);
    }

    /// <summary>The elements cast to <typeparamref name="TResult"/>.</summary>
    /// <typeparam name="TResult">The type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <returns>The sequence.</returns>
    public static IEnumerable<TResult> Cast<TResult>(this System.Collections.IEnumerable source)
    {
        Require(source, nameof(source));
        return source is IEnumerable<TResult> typed ? typed : CastIterator<TResult>(source);
    }

    private static IEnumerable<TSource> WhereIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        foreach (TSource item in source)
        {
            if (predicate(item))
                yield return item;
        }
    }

    private static IEnumerable<TSource> WhereIndexedIterator<TSource>(IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
    {
        int index = -1;
        foreach (TSource item in source)
        {
            if (predicate(item, checked(++index)))
                yield return item;
        }
    }

    private static IEnumerable<TSource> TakeIterator<TSource>(IEnumerable<TSource> source, int count)
    {
        if (count <= 0)
            yield break;
        foreach (TSource item in source)
        {
            yield return item;
            if (--count == 0)
                yield break;
        }
    }

    private static IEnumerable<TSource> SkipIterator<TSource>(IEnumerable<TSource> source, int count)
    {
        foreach (TSource item in source)
        {
            if (count > 0)
            {
                count--;
                continue;
            }

            yield return item;
        }
    }

    private static IEnumerable<TSource> TakeWhileIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        foreach (TSource item in source)
        {
            if (!predicate(item))
                yield break;
            yield return item;
        }
    }

    private static IEnumerable<TSource> SkipWhileIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        bool yielding = false;
        foreach (TSource item in source)
        {
            if (!yielding && !predicate(item))
                yielding = true;
            if (yielding)
                yield return item;
        }
    }

    private static IEnumerable<TResult> OfTypeIterator<TResult>(System.Collections.IEnumerable source)
    {
        foreach (object item in source)
        {
            if (item is TResult result)
                yield return result;
        }
    }

    private static IEnumerable<TResult> CastIterator<TResult>(System.Collections.IEnumerable source)
    {
        foreach (object item in source)
            yield return (TResult)item;
    }

    private static void Require(object argument, string name)
    {
        if (argument is null)
            throw new ArgumentNullException(name);
    }
}
