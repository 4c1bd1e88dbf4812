namespace System;

/// <summary>A range of an array's elements, as .NET's ArraySegment (without its collection interfaces).</summary>
/// <typeparam name="T">The element type.</typeparam>
public readonly struct ArraySegment<T>
{
    /// <summary>A segment over the whole of <paramref name="array"/>.</summary>
    /// <param name="array">The array.</param>
    public ArraySegment(T[] array)
        : this(array, 0, array is null ? 0 : array.Length)
    {
    }

    /// <summary>A segment of <paramref name="count"/> elements from <paramref name="offset"/>.</summary>
    /// <param name="array">The array.</param>
    /// <param name="offset">The first element.</param>
    /// <param name="count">How many.</param>
    public ArraySegment(T[] array, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(array, nameof(array));
        if (offset < 0 || count < 0 || (uint)offset + (uint)count > (uint)array.Length)
            throw new ArgumentOutOfRangeException(offset < 0 ? nameof(offset) : nameof(count));
        Array = array;
        Offset = offset;
        Count = count;
    }

    /// <summary>The array (null for the default segment).</summary>
    public T[] Array { get; }

    /// <summary>The first element's index in <see cref="Array"/>.</summary>
    public int Offset { get; }

    /// <summary>How many elements.</summary>
    public int Count { get; }

    /// <summary>The element at <paramref name="index"/> of the segment.</summary>
    /// <param name="index">The index within the segment.</param>
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
                throw new ArgumentOutOfRangeException(nameof(index));
            return Array[Offset + index];
        }

        set
        {
            if ((uint)index >= (uint)Count)
                throw new ArgumentOutOfRangeException(nameof(index));
            Array[Offset + index] = value;
        }
    }

    /// <summary>The segment of a whole array.</summary>
    /// <param name="array">The array.</param>
    public static implicit operator ArraySegment<T>(T[] array) => array is null ? default : new ArraySegment<T>(array);

    /// <summary>The elements as a span.</summary>
    /// <returns>The span (empty for the default segment).</returns>
    public Span<T> AsSpan() => Array is null ? default : new Span<T>(Array, Offset, Count);

    /// <summary>Part of the segment.</summary>
    /// <param name="index">The first element, within the segment.</param>
    /// <param name="count">How many.</param>
    /// <returns>The smaller segment.</returns>
    public ArraySegment<T> Slice(int index, int count)
    {
        if ((uint)index > (uint)Count || (uint)count > (uint)(Count - index))
            throw new ArgumentOutOfRangeException(nameof(index));
        return new ArraySegment<T>(Array, Offset + index, count);
    }

    /// <summary>A copy of the elements.</summary>
    /// <returns>A new array.</returns>
    public T[] ToArray() => AsSpan().ToArray();
}
