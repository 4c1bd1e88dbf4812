using System.Collections.Generic;

namespace System.Linq;

public static partial class Enumerable
{
    /// <summary>The integers from <paramref name="start"/>, <paramref name="count"/> of them.</summary>
    /// <param name="start">The first.</param>
    /// <param name="count">How many.</param>
    /// <returns>The sequence.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative or the range passes int.MaxValue.</exception>
    public static IEnumerable<int> Range(int start, int count)
    {
        if (count < 0 || (long)start + count - 1 > int.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(count), "Specified argument was out of the range of valid values.");
        return RangeIterator(start, count);
    }

    /// <summary><paramref name="element"/>, <paramref name="count"/> times.</summary>
    /// <typeparam name="TResult">The element type.</typeparam>
    /// <param name="element">The element.</param>
    /// <param name="count">How many.</param>
    /// <returns>The sequence.</returns>
    public static IEnumerable<TResult> Repeat<TResult>(TResult element, int count)
    {
        if (count < 0)
            throw new ArgumentOutOfRangeException(nameof(count), "Specified argument was out of the range of valid values.");
        return RepeatIterator(element, count);
    }

    /// <summary>An empty sequence.</summary>
    /// <typeparam name="TResult">The element type.</typeparam>
    /// <returns>The sequence.</returns>
    public static IEnumerable<TResult> Empty<TResult>() => Array.Empty<TResult>();

    private static IEnumerable<int> RangeIterator(int start, int count)
    {
        for (int i = 0; i < count; i++)
            yield return start + i;
    }

    private static IEnumerable<TResult> RepeatIterator<TResult>(TResult element, int count)
    {
        for (int i = 0; i < count; i++)
            yield return element;
    }
}
