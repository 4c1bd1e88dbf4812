namespace System;

/// <summary>Span helpers from .NET's MemoryExtensions that image code commonly needs.</summary>
public static class MemoryExtensions
{
    /// <summary>A span over a whole array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    /// <returns>The span.</returns>
    public static Span<T> AsSpan<T>(this T[] array) => new Span<T>(array);

    /// <summary>A span over an array from <paramref name="start"/> to its end.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    /// <param name="start">The first element.</param>
    /// <returns>The span.</returns>
    public static Span<T> AsSpan<T>(this T[] array, int start) => new Span<T>(array).Slice(start);

    /// <summary>A segment's elements as a span.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="segment">The segment.</param>
    /// <returns>The span.</returns>
    public static Span<T> AsSpan<T>(this ArraySegment<T> segment) => segment.AsSpan();

    /// <summary>A span over part of an array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    /// <param name="start">The first element.</param>
    /// <param name="length">The element count.</param>
    /// <returns>The span.</returns>
    public static Span<T> AsSpan<T>(this T[] array, int start, int length) => new Span<T>(array, start, length);

    /// <summary>The characters of a string as a span (empty for null).</summary>
    /// <param name="text">The string.</param>
    /// <returns>The span.</returns>
    public static ReadOnlySpan<char> AsSpan(this string text) => String.ToSpan(text);

    /// <summary>The characters of a string from <paramref name="start"/> on.</summary>
    /// <param name="text">The string.</param>
    /// <param name="start">The first character.</param>
    /// <returns>The span.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is past the end.</exception>
    public static ReadOnlySpan<char> AsSpan(this string text, int start) => String.ToSpan(text).Slice(start);

    /// <summary>Part of a string's characters.</summary>
    /// <param name="text">The string.</param>
    /// <param name="start">The first character.</param>
    /// <param name="length">How many.</param>
    /// <returns>The span.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range is outside the string.</exception>
    public static ReadOnlySpan<char> AsSpan(this string text, int start, int length) => String.ToSpan(text).Slice(start, length);

    /// <summary>Element-wise equality.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="span">One span.</param>
    /// <param name="other">The other.</param>
    /// <returns>True if equal length and elements.</returns>
    public static bool SequenceEqual<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other)
        where T : IEquatable<T>
    {
        if (span.Length != other.Length)
            return false;
        for (int i = 0; i < span.Length; i++)
        {
            if (!span[i].Equals(other[i]))
                return false;
        }

        return true;
    }

    /// <summary>Element-wise equality.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="span">One span.</param>
    /// <param name="other">The other.</param>
    /// <returns>True if equal length and elements.</returns>
    public static bool SequenceEqual<T>(this Span<T> span, ReadOnlySpan<T> other)
        where T : IEquatable<T> => SequenceEqual((ReadOnlySpan<T>)span, other);

    /// <summary>Compares two spans element by element, then by length (ordinal order for bytes and chars).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="span">One span.</param>
    /// <param name="other">The other.</param>
    /// <returns>Negative, zero or positive as <paramref name="span"/> sorts before, with or after <paramref name="other"/>.</returns>
    public static int SequenceCompareTo<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other)
        where T : IComparable<T>
    {
        int common = span.Length < other.Length ? span.Length : other.Length;
        for (int i = 0; i < common; i++)
        {
            int order = span[i].CompareTo(other[i]);
            if (order != 0)
                return order;
        }

        return span.Length.CompareTo(other.Length);
    }

    /// <summary>Compares two spans element by element, then by length.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="span">One span.</param>
    /// <param name="other">The other.</param>
    /// <returns>Negative, zero or positive.</returns>
    public static int SequenceCompareTo<T>(this Span<T> span, ReadOnlySpan<T> other)
        where T : IComparable<T> => SequenceCompareTo((ReadOnlySpan<T>)span, other);

    /// <summary>The index of the first <paramref name="value"/>, or -1.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="span">The span.</param>
    /// <param name="value">The value.</param>
    /// <returns>The index or -1.</returns>
    public static int IndexOf<T>(this ReadOnlySpan<T> span, T value)
        where T : IEquatable<T>
    {
        for (int i = 0; i < span.Length; i++)
        {
            if (span[i].Equals(value))
                return i;
        }

        return -1;
    }

    /// <summary>The index of the first <paramref name="value"/>, or -1.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="span">The span.</param>
    /// <param name="value">The value.</param>
    /// <returns>The index or -1.</returns>
    public static int IndexOf<T>(this Span<T> span, T value)
        where T : IEquatable<T> => IndexOf((ReadOnlySpan<T>)span, value);
}
