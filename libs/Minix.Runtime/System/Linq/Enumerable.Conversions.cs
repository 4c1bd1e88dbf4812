using System.Collections.Generic;

namespace System.Linq;

public static partial class Enumerable
{
    /// <summary>The elements in a new list.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <returns>The list.</returns>
    public static List<TSource> ToList<TSource>(this IEnumerable<TSource> source)
    {
        Require(source, nameof(source));
        return new List<TSource>(source);
    }

    /// <summary>The elements in a new array.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <returns>The array.</returns>
    public static TSource[] ToArray<TSource>(this IEnumerable<TSource> source)
    {
        Require(source, nameof(source));
        return new List<TSource>(source).ToArray();
    }

    /// <summary>A dictionary from <paramref name="keySelector"/>'s key to each element.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="keySelector">The key of an element.</param>
    /// <returns>The dictionary.</returns>
    /// <exception cref="ArgumentException">Two elements have the same key.</exception>
    public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
        ToDictionary(source, keySelector, x => x);

    /// <summary>A dictionary from <paramref name="keySelector"/>'s key to <paramref name="elementSelector"/>'s value.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TElement">The value type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="keySelector">The key of an element.</param>
    /// <param name="elementSelector">The value of an element.</param>
    /// <returns>The dictionary.</returns>
    /// <exception cref="ArgumentException">Two elements have the same key.</exception>
    public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
    {
        Require(source, nameof(source));
        Require(keySelector, nameof(keySelector));
        Require(elementSelector, nameof(elementSelector));
        var dictionary = new Dictionary<TKey, TElement>();
        foreach (TSource item in source)
            dictionary.Add(keySelector(item), elementSelector(item));
        return dictionary;
    }

    /// <summary>The distinct elements in a new set.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <returns>The set.</returns>
    public static HashSet<TSource> ToHashSet<TSource>(this IEnumerable<TSource> source)
    {
        Require(source, nameof(source));
        return new HashSet<TSource>(source);
    }

    /// <summary>The sequence as an <see cref="IEnumerable{T}"/> (hiding its concrete type).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <returns>The same sequence.</returns>
    public static IEnumerable<TSource> AsEnumerable<TSource>(this IEnumerable<TSource> source) => source;
}
