using System.Collections;
using System.Collections.Generic;
using System.Runtime;
using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System;

public abstract partial class Array
{
    /// <summary>An empty array of <typeparamref name="T"/> (one shared instance).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <returns>The array.</returns>
    public static T[] Empty<T>() => EmptyArray<T>.Value;

    /// <summary>Copies <paramref name="length"/> elements from the start of one array to the start of another.</summary>
    /// <param name="sourceArray">The source.</param>
    /// <param name="destinationArray">The destination.</param>
    /// <param name="length">How many.</param>
    public static void Copy(Array sourceArray, Array destinationArray, int length) => Copy(sourceArray, 0, destinationArray, 0, length);

    /// <summary>Copies a range of elements between arrays, with 64-bit positions (each must fit an int, as arrays do).</summary>
    /// <param name="sourceArray">The source.</param>
    /// <param name="sourceIndex">The first source index.</param>
    /// <param name="destinationArray">The destination.</param>
    /// <param name="destinationIndex">The first destination index.</param>
    /// <param name="length">How many.</param>
    public static void Copy(Array sourceArray, long sourceIndex, Array destinationArray, long destinationIndex, long length)
    {
        if (sourceIndex is < int.MinValue or > int.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(sourceIndex), "Arrays larger than 2GB are not supported.");
        if (destinationIndex is < int.MinValue or > int.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(destinationIndex), "Arrays larger than 2GB are not supported.");
        if (length is < int.MinValue or > int.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(length), "Arrays larger than 2GB are not supported.");
        Copy(sourceArray, (int)sourceIndex, destinationArray, (int)destinationIndex, (int)length);
    }

    /// <summary>Copies a range of elements between arrays (overlap allowed).</summary>
    /// <param name="sourceArray">The source.</param>
    /// <param name="sourceIndex">The first source index.</param>
    /// <param name="destinationArray">The destination.</param>
    /// <param name="destinationIndex">The first destination index.</param>
    /// <param name="length">How many.</param>
    public static unsafe void Copy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length)
    {
        ArgumentNullException.ThrowIfNull(sourceArray, nameof(sourceArray));
        ArgumentNullException.ThrowIfNull(destinationArray, nameof(destinationArray));
        if (length < 0)
            throw new ArgumentOutOfRangeException(nameof(length), "Non-negative number required.");
        if (sourceIndex < 0 || destinationIndex < 0)
            throw new ArgumentOutOfRangeException(sourceIndex < 0 ? nameof(sourceIndex) : nameof(destinationIndex), "Number was less than the array's lower bound in the first dimension.");
        if (sourceArray.Length - sourceIndex < length || destinationArray.Length - destinationIndex < length)
            throw new ArgumentException("Source array was not long enough. Check the source index, length, and the array's lower bounds.");
        if (length == 0)
            return;
        MethodTable* source = sourceArray.m_pEEType;
        MethodTable* target = destinationArray.m_pEEType;
        nuint size = source->ComponentSize;
        if (source == target || (source->ElementTypeHandle == target->ElementTypeHandle && source->ComponentSize == target->ComponentSize))
        {
            Buffer.BulkMoveWithWriteBarrier(
                ref Unsafe.AddByteOffset(ref destinationArray.FirstByte, (nint)((nuint)destinationIndex * size)),
                ref Unsafe.AddByteOffset(ref sourceArray.FirstByte, (nint)((nuint)sourceIndex * size)),
                (nuint)length * size);
            return;
        }

        if (source->ElementTypeHandle->IsValueType || target->ElementTypeHandle->IsValueType)
            throw new ArrayTypeMismatchException("Source array type cannot be assigned to destination array type.");
        object[] from = Unsafe.As<object[]>(sourceArray);
        object[] to = Unsafe.As<object[]>(destinationArray);
        if (from == to && sourceIndex < destinationIndex)
        {
            for (int i = length - 1; i >= 0; i--)
                to[destinationIndex + i] = from[sourceIndex + i];
        }
        else
        {
            for (int i = 0; i < length; i++)
                to[destinationIndex + i] = from[sourceIndex + i];
        }
    }

    /// <summary>Sets a range of elements to their default value.</summary>
    /// <param name="array">The array.</param>
    /// <param name="index">The first.</param>
    /// <param name="length">How many.</param>
    public static unsafe void Clear(Array array, int index, int length)
    {
        ArgumentNullException.ThrowIfNull(array, nameof(array));
        if (index < 0 || length < 0 || array.Length - index < length)
            throw new IndexOutOfRangeException();
        nuint size = array.m_pEEType->ComponentSize;
        SpanHelpers.ClearWithoutReferences(ref Unsafe.AddByteOffset(ref array.FirstByte, (nint)((nuint)index * size)), (nuint)length * size);
    }

    /// <summary>Sets every element to its default value.</summary>
    /// <param name="array">The array.</param>
    public static void Clear(Array array) => Clear(array, 0, array.Length);

    /// <summary>Copies the elements into <paramref name="array"/> from <paramref name="index"/>.</summary>
    /// <param name="array">The destination.</param>
    /// <param name="index">The first destination index.</param>
    public void CopyTo(Array array, int index) => Copy(this, 0, array, index, Length);

    /// <summary>A shallow copy of the array.</summary>
    /// <returns>The copy.</returns>
    public object Clone() => MemberwiseClone();

    /// <summary>The index of the first <paramref name="value"/>, or -1.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    /// <param name="value">The value.</param>
    /// <returns>The index.</returns>
    public static int IndexOf<T>(T[] array, T value) => IndexOf(array, value, 0, array?.Length ?? 0);

    /// <summary>The index of the first <paramref name="value"/> from <paramref name="startIndex"/>, or -1.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    /// <param name="value">The value.</param>
    /// <param name="startIndex">Where to start.</param>
    /// <returns>The index.</returns>
    public static int IndexOf<T>(T[] array, T value, int startIndex) => IndexOf(array, value, startIndex, (array?.Length ?? 0) - startIndex);

    /// <summary>The index of the first <paramref name="value"/> in a range, or -1.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    /// <param name="value">The value.</param>
    /// <param name="startIndex">Where to start.</param>
    /// <param name="count">How many to look at.</param>
    /// <returns>The index.</returns>
    public static int IndexOf<T>(T[] array, T value, int startIndex, int count)
    {
        ArgumentNullException.ThrowIfNull(array, nameof(array));
        if ((uint)startIndex > (uint)array.Length || count < 0 || count > array.Length - startIndex)
            throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than the size of the collection.");
        var equality = EqualityComparer<T>.Default;
        for (int i = startIndex; i < startIndex + count; i++)
        {
            if (equality.Equals(array[i], value))
                return i;
        }

        return -1;
    }

    /// <summary>The index of the last <paramref name="value"/>, or -1.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    /// <param name="value">The value.</param>
    /// <returns>The index.</returns>
    public static int LastIndexOf<T>(T[] array, T value) => array.Length == 0 ? -1 : LastIndexOf(array, value, array.Length - 1, array.Length);

    /// <summary>The index of the last <paramref name="value"/> in the <paramref name="count"/> elements ending at
    /// <paramref name="startIndex"/>, or -1.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    /// <param name="value">The value.</param>
    /// <param name="startIndex">The last index looked at.</param>
    /// <param name="count">How many to look at.</param>
    /// <returns>The index.</returns>
    public static int LastIndexOf<T>(T[] array, T value, int startIndex, int count)
    {
        ArgumentNullException.ThrowIfNull(array, nameof(array));
        var equality = EqualityComparer<T>.Default;
        for (int i = startIndex; i > startIndex - count && i >= 0; i--)
        {
            if (equality.Equals(array[i], value))
                return i;
        }

        return -1;
    }

    /// <summary>Reverses the order of the elements.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    public static void Reverse<T>(T[] array) => Reverse(array, 0, array.Length);

    /// <summary>Reverses the order of a range of elements.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    /// <param name="index">The first.</param>
    /// <param name="length">How many.</param>
    public static void Reverse<T>(T[] array, int index, int length)
    {
        ArgumentNullException.ThrowIfNull(array, nameof(array));
        if (index < 0 || length < 0 || array.Length - index < length)
            throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        for (int i = index, j = index + length - 1; i < j; i++, j--)
            (array[i], array[j]) = (array[j], array[i]);
    }

    /// <summary>Sorts the elements by their default order (.NET's unstable introspective sort).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    public static void Sort<T>(T[] array) => Sort(array, 0, array.Length, null);

    /// <summary>Sorts the elements by <paramref name="comparer"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    /// <param name="comparer">The order (null for the default).</param>
    public static void Sort<T>(T[] array, IComparer<T> comparer) => Sort(array, 0, array.Length, comparer);

    /// <summary>Sorts the elements by <paramref name="comparison"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    /// <param name="comparison">The order.</param>
    public static void Sort<T>(T[] array, Comparison<T> comparison)
    {
        ArgumentNullException.ThrowIfNull(array, nameof(array));
        ArgumentNullException.ThrowIfNull(comparison, nameof(comparison));
        ArraySorting.Sort(array, 0, array.Length, comparison);
    }

    /// <summary>Sorts a range of the elements by <paramref name="comparer"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    /// <param name="index">The first.</param>
    /// <param name="length">How many.</param>
    /// <param name="comparer">The order (null for the default).</param>
    public static void Sort<T>(T[] array, int index, int length, IComparer<T> comparer)
    {
        ArgumentNullException.ThrowIfNull(array, nameof(array));
        if (index < 0 || length < 0 || array.Length - index < length)
            throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        ArraySorting.Sort(array, index, length, comparer);
    }

    /// <summary>Sorts <paramref name="keys"/> and moves <paramref name="items"/> along with them.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The item type.</typeparam>
    /// <param name="keys">The keys.</param>
    /// <param name="items">The items.</param>
    public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items)
    {
        var pairs = new KeyValuePair<TKey, TValue>[keys.Length];
        for (int i = 0; i < keys.Length; i++)
            pairs[i] = new KeyValuePair<TKey, TValue>(keys[i], items[i]);
        var order = Comparer<TKey>.Default;
        ArraySorting.Sort(pairs, 0, pairs.Length, (a, b) => order.Compare(a.Key, b.Key));
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = pairs[i].Key;
            items[i] = pairs[i].Value;
        }
    }

    /// <summary>The index of <paramref name="value"/> in a sorted array, or the complement of where it would go.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The sorted array.</param>
    /// <param name="value">The value.</param>
    /// <returns>The index.</returns>
    public static int BinarySearch<T>(T[] array, T value) => BinarySearch(array, 0, array.Length, value, null);

    /// <summary>The index of <paramref name="value"/> in a sorted range, or the complement of where it would go.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The sorted array.</param>
    /// <param name="index">The first.</param>
    /// <param name="length">How many.</param>
    /// <param name="value">The value.</param>
    /// <param name="comparer">The order (null for the default).</param>
    /// <returns>The index.</returns>
    public static int BinarySearch<T>(T[] array, int index, int length, T value, IComparer<T> comparer)
    {
        comparer ??= Comparer<T>.Default;
        int lo = index, hi = index + length - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            int order = comparer.Compare(array[mid], value);
            if (order == 0)
                return mid;
            if (order < 0)
                lo = mid + 1;
            else
                hi = mid - 1;
        }

        return ~lo;
    }

    /// <summary>Replaces <paramref name="array"/> with a copy of length <paramref name="newSize"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array (may be null).</param>
    /// <param name="newSize">The new length.</param>
    public static void Resize<T>(ref T[] array, int newSize)
    {
        if (newSize < 0)
            throw new ArgumentOutOfRangeException(nameof(newSize), "Non-negative number required.");
        T[] larger = new T[newSize];
        if (array is not null)
            Copy(array, larger, array.Length < newSize ? array.Length : newSize);
        array = larger;
    }

    /// <summary>Sets every element to <paramref name="value"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    /// <param name="value">The value.</param>
    public static void Fill<T>(T[] array, T value)
    {
        for (int i = 0; i < array.Length; i++)
            array[i] = value;
    }

    /// <summary>Whether any element passes <paramref name="match"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    /// <param name="match">The test.</param>
    /// <returns>True if one does.</returns>
    public static bool Exists<T>(T[] array, Predicate<T> match) => FindIndex(array, match) >= 0;

    /// <summary>The first element that passes <paramref name="match"/>, or default.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    /// <param name="match">The test.</param>
    /// <returns>The element.</returns>
    public static T Find<T>(T[] array, Predicate<T> match)
    {
        int index = FindIndex(array, match);
        return index < 0 ? default : array[index];
    }

    /// <summary>The index of the first element that passes <paramref name="match"/>, or -1.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    /// <param name="match">The test.</param>
    /// <returns>The index.</returns>
    public static int FindIndex<T>(T[] array, Predicate<T> match)
    {
        ArgumentNullException.ThrowIfNull(array, nameof(array));
        ArgumentNullException.ThrowIfNull(match, nameof(match));
        for (int i = 0; i < array.Length; i++)
        {
            if (match(array[i]))
                return i;
        }

        return -1;
    }

    /// <summary>Every element that passes <paramref name="match"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    /// <param name="match">The test.</param>
    /// <returns>A new array.</returns>
    public static T[] FindAll<T>(T[] array, Predicate<T> match)
    {
        var found = new List<T>();
        foreach (T item in array)
        {
            if (match(item))
                found.Add(item);
        }

        return found.ToArray();
    }

    /// <summary>Whether every element passes <paramref name="match"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    /// <param name="match">The test.</param>
    /// <returns>True if all do.</returns>
    public static bool TrueForAll<T>(T[] array, Predicate<T> match)
    {
        foreach (T item in array)
        {
            if (!match(item))
                return false;
        }

        return true;
    }

    /// <summary>The elements converted by <paramref name="converter"/>.</summary>
    /// <typeparam name="TInput">The element type.</typeparam>
    /// <typeparam name="TOutput">The result element type.</typeparam>
    /// <param name="array">The array.</param>
    /// <param name="converter">The conversion.</param>
    /// <returns>A new array.</returns>
    public static TOutput[] ConvertAll<TInput, TOutput>(TInput[] array, Converter<TInput, TOutput> converter)
    {
        var result = new TOutput[array.Length];
        for (int i = 0; i < array.Length; i++)
            result[i] = converter(array[i]);
        return result;
    }

    /// <summary>Calls <paramref name="action"/> for each element.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    /// <param name="action">The action.</param>
    public static void ForEach<T>(T[] array, Action<T> action)
    {
        foreach (T item in array)
            action(item);
    }

    // The first element's first byte (for a multi-dimensional array, after its bounds).
    private unsafe ref byte FirstByte
    {
        get
        {
            ref byte data = ref Unsafe.As<RawArrayData>(this).Data;
            return ref m_pEEType->IsSzArray ? ref data : ref Unsafe.AddByteOffset(ref data, (nint)(m_pEEType->ArrayRank * 8));
        }
    }

    private static class EmptyArray<T>
    {
        public static readonly T[] Value = new T[0];
    }
}
