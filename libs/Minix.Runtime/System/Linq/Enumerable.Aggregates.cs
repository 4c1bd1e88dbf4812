using System.Collections.Generic;

namespace System.Linq;

public static partial class Enumerable
{
    /// <summary>The sum of the elements (checked: overflow throws).</summary>
    /// <param name="source">The sequence.</param>
    /// <returns>The sum.</returns>
    public static int Sum(this IEnumerable<int> source)
    {
        Require(source, nameof(source));
        int sum = 0;
        foreach (int item in source)
            sum = checked(sum + item);
        return sum;
    }

    /// <summary>The sum of <paramref name="selector"/> over the elements.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="selector">The value of an element.</param>
    /// <returns>The sum.</returns>
    public static int Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) => Sum(Select(source, selector));

    /// <summary>The smallest element.</summary>
    /// <param name="source">The sequence.</param>
    /// <returns>The smallest.</returns>
    /// <exception cref="InvalidOperationException">The sequence is empty.</exception>
    public static int Min(this IEnumerable<int> source)
    {
        Require(source, nameof(source));
        using IEnumerator<int> e = source.GetEnumerator();
        if (!e.MoveNext())
            throw new InvalidOperationException(NoElements);
        int value = e.Current;
        while (e.MoveNext())
        {
            if (e.Current < value)
                value = e.Current;
        }

        return value;
    }

    /// <summary>The smallest value of <paramref name="selector"/> over the elements.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="selector">The value of an element.</param>
    /// <returns>The smallest.</returns>
    public static int Min<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) => Min(Select(source, selector));

    /// <summary>The largest element.</summary>
    /// <param name="source">The sequence.</param>
    /// <returns>The largest.</returns>
    /// <exception cref="InvalidOperationException">The sequence is empty.</exception>
    public static int Max(this IEnumerable<int> source)
    {
        Require(source, nameof(source));
        using IEnumerator<int> e = source.GetEnumerator();
        if (!e.MoveNext())
            throw new InvalidOperationException(NoElements);
        int value = e.Current;
        while (e.MoveNext())
        {
            if (e.Current > value)
                value = e.Current;
        }

        return value;
    }

    /// <summary>The largest value of <paramref name="selector"/> over the elements.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="selector">The value of an element.</param>
    /// <returns>The largest.</returns>
    public static int Max<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) => Max(Select(source, selector));

    /// <summary>The mean of the elements.</summary>
    /// <param name="source">The sequence.</param>
    /// <returns>The mean.</returns>
    /// <exception cref="InvalidOperationException">The sequence is empty.</exception>
    public static double Average(this IEnumerable<int> source)
    {
        Require(source, nameof(source));
        long sum = 0;
        long count = 0;
        foreach (int item in source)
        {
            sum = checked(sum + item);
            count++;
        }

        if (count == 0)
            throw new InvalidOperationException(NoElements);
        return (double)sum / count;
    }

    /// <summary>The mean of <paramref name="selector"/> over the elements.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="selector">The value of an element.</param>
    /// <returns>The mean.</returns>
    public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) => Average(Select(source, selector));

    /// <summary>The sum of the elements (checked: overflow throws).</summary>
    /// <param name="source">The sequence.</param>
    /// <returns>The sum.</returns>
    public static long Sum(this IEnumerable<long> source)
    {
        Require(source, nameof(source));
        long sum = 0;
        foreach (long item in source)
            sum = checked(sum + item);
        return sum;
    }

    /// <summary>The sum of <paramref name="selector"/> over the elements.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="selector">The value of an element.</param>
    /// <returns>The sum.</returns>
    public static long Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) => Sum(Select(source, selector));

    /// <summary>The smallest element.</summary>
    /// <param name="source">The sequence.</param>
    /// <returns>The smallest.</returns>
    /// <exception cref="InvalidOperationException">The sequence is empty.</exception>
    public static long Min(this IEnumerable<long> source)
    {
        Require(source, nameof(source));
        using IEnumerator<long> e = source.GetEnumerator();
        if (!e.MoveNext())
            throw new InvalidOperationException(NoElements);
        long value = e.Current;
        while (e.MoveNext())
        {
            if (e.Current < value)
                value = e.Current;
        }

        return value;
    }

    /// <summary>The smallest value of <paramref name="selector"/> over the elements.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="selector">The value of an element.</param>
    /// <returns>The smallest.</returns>
    public static long Min<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) => Min(Select(source, selector));

    /// <summary>The largest element.</summary>
    /// <param name="source">The sequence.</param>
    /// <returns>The largest.</returns>
    /// <exception cref="InvalidOperationException">The sequence is empty.</exception>
    public static long Max(this IEnumerable<long> source)
    {
        Require(source, nameof(source));
        using IEnumerator<long> e = source.GetEnumerator();
        if (!e.MoveNext())
            throw new InvalidOperationException(NoElements);
        long value = e.Current;
        while (e.MoveNext())
        {
            if (e.Current > value)
                value = e.Current;
        }

        return value;
    }

    /// <summary>The largest value of <paramref name="selector"/> over the elements.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="selector">The value of an element.</param>
    /// <returns>The largest.</returns>
    public static long Max<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) => Max(Select(source, selector));

    /// <summary>The mean of the elements.</summary>
    /// <param name="source">The sequence.</param>
    /// <returns>The mean.</returns>
    /// <exception cref="InvalidOperationException">The sequence is empty.</exception>
    public static double Average(this IEnumerable<long> source)
    {
        Require(source, nameof(source));
        long sum = 0;
        long count = 0;
        foreach (long item in source)
        {
            sum = checked(sum + item);
            count++;
        }

        if (count == 0)
            throw new InvalidOperationException(NoElements);
        return (double)sum / count;
    }

    /// <summary>The mean of <paramref name="selector"/> over the elements.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="selector">The value of an element.</param>
    /// <returns>The mean.</returns>
    public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) => Average(Select(source, selector));

    /// <summary>The sum of the elements.</summary>
    /// <param name="source">The sequence.</param>
    /// <returns>The sum.</returns>
    public static double Sum(this IEnumerable<double> source)
    {
        Require(source, nameof(source));
        double sum = 0;
        foreach (double item in source)
            sum += item;
        return sum;
    }

    /// <summary>The sum of <paramref name="selector"/> over the elements.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="selector">The value of an element.</param>
    /// <returns>The sum.</returns>
    public static double Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) => Sum(Select(source, selector));

    /// <summary>The smallest element.</summary>
    /// <param name="source">The sequence.</param>
    /// <returns>The smallest.</returns>
    /// <exception cref="InvalidOperationException">The sequence is empty.</exception>
    public static double Min(this IEnumerable<double> source)
    {
        Require(source, nameof(source));
        using IEnumerator<double> e = source.GetEnumerator();
        if (!e.MoveNext())
            throw new InvalidOperationException(NoElements);
        double value = e.Current;
        if (double.IsNaN(value))
            return value;
        while (e.MoveNext())
        {
            double x = e.Current;
            if (x < value)
                value = x;
            else if (double.IsNaN(x))
                return x;
        }

        return value;
    }

    /// <summary>The smallest value of <paramref name="selector"/> over the elements.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="selector">The value of an element.</param>
    /// <returns>The smallest.</returns>
    public static double Min<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) => Min(Select(source, selector));

    /// <summary>The largest element.</summary>
    /// <param name="source">The sequence.</param>
    /// <returns>The largest.</returns>
    /// <exception cref="InvalidOperationException">The sequence is empty.</exception>
    public static double Max(this IEnumerable<double> source)
    {
        Require(source, nameof(source));
        using IEnumerator<double> e = source.GetEnumerator();
        if (!e.MoveNext())
            throw new InvalidOperationException(NoElements);
        double value = e.Current;
        while (double.IsNaN(value))
        {
            if (!e.MoveNext())
                return value;
            value = e.Current;
        }

        while (e.MoveNext())
        {
            if (e.Current > value)
                value = e.Current;
        }

        return value;
    }

    /// <summary>The largest value of <paramref name="selector"/> over the elements.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="selector">The value of an element.</param>
    /// <returns>The largest.</returns>
    public static double Max<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) => Max(Select(source, selector));

    /// <summary>The mean of the elements.</summary>
    /// <param name="source">The sequence.</param>
    /// <returns>The mean.</returns>
    /// <exception cref="InvalidOperationException">The sequence is empty.</exception>
    public static double Average(this IEnumerable<double> source)
    {
        Require(source, nameof(source));
        double sum = 0;
        long count = 0;
        foreach (double item in source)
        {
            sum += item;
            count++;
        }

        if (count == 0)
            throw new InvalidOperationException(NoElements);
        return (double)sum / count;
    }

    /// <summary>The mean of <paramref name="selector"/> over the elements.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="selector">The value of an element.</param>
    /// <returns>The mean.</returns>
    public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) => Average(Select(source, selector));

    /// <summary>The element count.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <returns>The count.</returns>
    public static int Count<TSource>(this IEnumerable<TSource> source)
    {
        Require(source, nameof(source));
        if (source is ICollection<TSource> collection)
            return collection.Count;
        if (source is IReadOnlyCollection<TSource> sized)
            return sized.Count;
        int count = 0;
        using IEnumerator<TSource> e = source.GetEnumerator();
        while (e.MoveNext())
            count = checked(count + 1);
        return count;
    }

    /// <summary>How many elements pass <paramref name="predicate"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="predicate">The test.</param>
    /// <returns>The count.</returns>
    public static int Count<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        Require(source, nameof(source));
        Require(predicate, nameof(predicate));
        int count = 0;
        foreach (TSource item in source)
        {
            if (predicate(item))
                count = checked(count + 1);
        }

        return count;
    }

    /// <summary>The element count, as a 64-bit number.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <returns>The count.</returns>
    public static long LongCount<TSource>(this IEnumerable<TSource> source)
    {
        Require(source, nameof(source));
        long count = 0;
        foreach (TSource item in source)
            count++;
        return count;
    }

    /// <summary>The smallest element by the default order (nulls ignored; null for an empty sequence of references).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <returns>The smallest.</returns>
    public static TSource Min<TSource>(this IEnumerable<TSource> source) => Extreme(source, -1);

    /// <summary>The largest element by the default order (nulls ignored; null for an empty sequence of references).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <returns>The largest.</returns>
    public static TSource Max<TSource>(this IEnumerable<TSource> source) => Extreme(source, 1);

    /// <summary>The smallest value of <paramref name="selector"/> over the elements.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TResult">The value type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="selector">The value of an element.</param>
    /// <returns>The smallest.</returns>
    public static TResult Min<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector) => Extreme(Select(source, selector), -1);

    /// <summary>The largest value of <paramref name="selector"/> over the elements.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TResult">The value type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="selector">The value of an element.</param>
    /// <returns>The largest.</returns>
    public static TResult Max<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector) => Extreme(Select(source, selector), 1);

    /// <summary>The element with the smallest key.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="keySelector">The key of an element.</param>
    /// <returns>The element (the first of equal ones).</returns>
    public static TSource MinBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) => ExtremeBy(source, keySelector, -1);

    /// <summary>The element with the largest key.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="keySelector">The key of an element.</param>
    /// <returns>The element (the first of equal ones).</returns>
    public static TSource MaxBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) => ExtremeBy(source, keySelector, 1);

    /// <summary>The elements folded by <paramref name="func"/>, starting from the first.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="func">The fold.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InvalidOperationException">The sequence is empty.</exception>
    public static TSource Aggregate<TSource>(this IEnumerable<TSource> source, Func<TSource, TSource, TSource> func)
    {
        Require(source, nameof(source));
        Require(func, nameof(func));
        using IEnumerator<TSource> e = source.GetEnumerator();
        if (!e.MoveNext())
            throw new InvalidOperationException(NoElements);
        TSource result = e.Current;
        while (e.MoveNext())
            result = func(result, e.Current);
        return result;
    }

    /// <summary>The elements folded by <paramref name="func"/> from <paramref name="seed"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TAccumulate">The accumulator type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="seed">The initial accumulator.</param>
    /// <param name="func">The fold.</param>
    /// <returns>The result.</returns>
    public static TAccumulate Aggregate<TSource, TAccumulate>(this IEnumerable<TSource> source, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func)
    {
        Require(source, nameof(source));
        Require(func, nameof(func));
        TAccumulate result = seed;
        foreach (TSource item in source)
            result = func(result, item);
        return result;
    }

    /// <summary>The elements folded from <paramref name="seed"/>, then mapped by <paramref name="resultSelector"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TAccumulate">The accumulator type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="seed">The initial accumulator.</param>
    /// <param name="func">The fold.</param>
    /// <param name="resultSelector">The final mapping.</param>
    /// <returns>The result.</returns>
    public static TResult Aggregate<TSource, TAccumulate, TResult>(this IEnumerable<TSource> source, TAccumulate seed,
        Func<TAccumulate, TSource, TAccumulate> func, Func<TAccumulate, TResult> resultSelector) =>
        resultSelector(Aggregate(source, seed, func));

    private static TSource Extreme<TSource>(IEnumerable<TSource> source, int sign)
    {
        Require(source, nameof(source));
        var order = Comparer<TSource>.Default;
        bool found = false;
        TSource best = default;
        foreach (TSource item in source)
        {
            if (item is null)
                continue;
            if (!found || order.Compare(item, best) * sign > 0)
                best = item;
            found = true;
        }

        if (!found && default(TSource) is not null)
            throw new InvalidOperationException(NoElements);
        return best;
    }

    private static TSource ExtremeBy<TSource, TKey>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, int sign)
    {
        Require(source, nameof(source));
        Require(keySelector, nameof(keySelector));
        var order = Comparer<TKey>.Default;
        using IEnumerator<TSource> e = source.GetEnumerator();
        if (!e.MoveNext())
        {
            if (default(TSource) is null)
                return default;
            throw new InvalidOperationException(NoElements);
        }

        TSource best = e.Current;
        TKey bestKey = keySelector(best);
        while (e.MoveNext())
        {
            TKey key = keySelector(e.Current);
            if (order.Compare(key, bestKey) * sign > 0)
            {
                best = e.Current;
                bestKey = key;
            }
        }

        return best;
    }
}
