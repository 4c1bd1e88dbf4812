using System.Collections.Generic;

namespace System.Linq;

public static partial class Enumerable
{
    private const string NoElements = "Sequence contains no elements";
    private const string NoMatch = "Sequence contains no matching element";

    /// <summary>The first element.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <returns>The element.</returns>
    /// <exception cref="InvalidOperationException">The sequence is empty.</exception>
    public static TSource First<TSource>(this IEnumerable<TSource> source)
    {
        Require(source, nameof(source));
        foreach (TSource item in source)
            return item;
        throw new InvalidOperationException(NoElements);
    }

    /// <summary>The first element that passes <paramref name="predicate"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="predicate">The test.</param>
    /// <returns>The element.</returns>
    /// <exception cref="InvalidOperationException">No element passes.</exception>
    public static TSource First<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        Require(source, nameof(source));
        Require(predicate, nameof(predicate));
        foreach (TSource item in source)
        {
            if (predicate(item))
                return item;
        }

        throw new InvalidOperationException(NoMatch);
    }

    /// <summary>The first element, or default for an empty sequence.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <returns>The element.</returns>
    public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source)
    {
        Require(source, nameof(source));
        foreach (TSource item in source)
            return item;
        return default;
    }

    /// <summary>The first element that passes <paramref name="predicate"/>, or default.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="predicate">The test.</param>
    /// <returns>The element.</returns>
    public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        Require(source, nameof(source));
        Require(predicate, nameof(predicate));
        foreach (TSource item in source)
        {
            if (predicate(item))
                return item;
        }

        return default;
    }

    /// <summary>The last element.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <returns>The element.</returns>
    /// <exception cref="InvalidOperationException">The sequence is empty.</exception>
    public static TSource Last<TSource>(this IEnumerable<TSource> source)
    {
        Require(source, nameof(source));
        bool found = false;
        TSource last = default;
        foreach (TSource item in source)
        {
            found = true;
            last = item;
        }

        return found ? last : throw new InvalidOperationException(NoElements);
    }

    /// <summary>The last element that passes <paramref name="predicate"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="predicate">The test.</param>
    /// <returns>The element.</returns>
    /// <exception cref="InvalidOperationException">No element passes.</exception>
    public static TSource Last<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        Require(source, nameof(source));
        Require(predicate, nameof(predicate));
        bool found = false;
        TSource last = default;
        foreach (TSource item in source)
        {
            if (predicate(item))
            {
                found = true;
                last = item;
            }
        }

        return found ? last : throw new InvalidOperationException(NoMatch);
    }

    /// <summary>The last element, or default for an empty sequence.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <returns>The element.</returns>
    public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source)
    {
        Require(source, nameof(source));
        TSource last = default;
        foreach (TSource item in source)
            last = item;
        return last;
    }

    /// <summary>The last element that satisfies <paramref name="predicate"/>, or default if none does.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="predicate">The condition.</param>
    /// <returns>The element.</returns>
    public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        Require(source, nameof(source));
        Require(predicate, nameof(predicate));
        TSource last = default;
        foreach (TSource item in source)
        {
            if (predicate(item))
                last = item;
        }

        return last;
    }

    /// <summary>The only element that satisfies <paramref name="predicate"/>, or default if none does.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="predicate">The condition.</param>
    /// <returns>The element.</returns>
    /// <exception cref="InvalidOperationException">More than one element satisfies it.</exception>
    public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        Require(source, nameof(source));
        Require(predicate, nameof(predicate));
        TSource result = default;
        bool found = false;
        foreach (TSource item in source)
        {
            if (!predicate(item))
                continue;
            if (found)
                throw new InvalidOperationException("Sequence contains more than one matching element");
            result = item;
            found = true;
        }

        return result;
    }

    /// <summary>The only element.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <returns>The element.</returns>
    /// <exception cref="InvalidOperationException">The sequence is empty or has more than one element.</exception>
    public static TSource Single<TSource>(this IEnumerable<TSource> source)
    {
        Require(source, nameof(source));
        using IEnumerator<TSource> e = source.GetEnumerator();
        if (!e.MoveNext())
            throw new InvalidOperationException(NoElements);
        TSource result = e.Current;
        if (e.MoveNext())
            throw new InvalidOperationException("Sequence contains more than one element");
        return result;
    }

    /// <summary>The only element that passes <paramref name="predicate"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="predicate">The test.</param>
    /// <returns>The element.</returns>
    /// <exception cref="InvalidOperationException">None or more than one passes.</exception>
    public static TSource Single<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        Require(source, nameof(source));
        Require(predicate, nameof(predicate));
        bool found = false;
        TSource result = default;
        foreach (TSource item in source)
        {
            if (!predicate(item))
                continue;
            if (found)
                throw new InvalidOperationException("Sequence contains more than one matching element");
            found = true;
            result = item;
        }

        return found ? result : throw new InvalidOperationException(NoMatch);
    }

    /// <summary>The only element, or default for an empty sequence.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <returns>The element.</returns>
    /// <exception cref="InvalidOperationException">The sequence has more than one element.</exception>
    public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source)
    {
        Require(source, nameof(source));
        using IEnumerator<TSource> e = source.GetEnumerator();
        if (!e.MoveNext())
            return default;
        TSource result = e.Current;
        if (e.MoveNext())
            throw new InvalidOperationException("Sequence contains more than one element");
        return result;
    }

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="index">The index.</param>
    /// <returns>The element.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside the sequence.</exception>
    public static TSource ElementAt<TSource>(this IEnumerable<TSource> source, int index)
    {
        Require(source, nameof(source));
        if (source is IList<TSource> list)
            return list[index];
        if (index >= 0)
        {
            foreach (TSource item in source)
            {
                if (index-- == 0)
                    return item;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than the size of the collection.");
    }

    /// <summary>The element at <paramref name="index"/>, or default outside the sequence.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="index">The index.</param>
    /// <returns>The element.</returns>
    public static TSource ElementAtOrDefault<TSource>(this IEnumerable<TSource> source, int index)
    {
        Require(source, nameof(source));
        if (index >= 0)
        {
            foreach (TSource item in source)
            {
                if (index-- == 0)
                    return item;
            }
        }

        return default;
    }

    /// <summary>The sequence, or one default element if it is empty.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <returns>The sequence.</returns>
    public static IEnumerable<TSource> DefaultIfEmpty<TSource>(this IEnumerable<TSource> source) => DefaultIfEmpty(source, default);

    /// <summary>The sequence, or <paramref name="defaultValue"/> if it is empty.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="defaultValue">The value for an empty sequence.</param>
    /// <returns>The sequence.</returns>
    public static IEnumerable<TSource> DefaultIfEmpty<TSource>(this IEnumerable<TSource> source, TSource defaultValue)
    {
        Require(source, nameof(source));
        return DefaultIfEmptyIterator(source, defaultValue);
    }

    private static IEnumerable<TSource> DefaultIfEmptyIterator<TSource>(IEnumerable<TSource> source, TSource defaultValue)
    {
        bool any = false;
        foreach (TSource item in source)
        {
            any = true;
            yield return item;
        }

        if (!any)
            yield return defaultValue;
    }
}
