using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Internal.Runtime.CompilerHelpers;

namespace System;

/// <summary>A bounds-checked read-only view of contiguous memory: a reference and a length.</summary>
/// <typeparam name="T">The element type.</typeparam>
public readonly ref struct ReadOnlySpan<T>
{
    internal readonly ref T _reference;
    private readonly int _length;

    /// <summary>A span over a whole array (empty for null).</summary>
    /// <param name="array">The array.</param>
    public ReadOnlySpan(T[] array)
    {
        if (array == null)
        {
            this = default;
            return;
        }

        _reference = ref MemoryMarshal.GetArrayDataReference(array);
        _length = array.Length;
    }

    /// <summary>A span over part of an array.</summary>
    /// <param name="array">The array.</param>
    /// <param name="start">The first element.</param>
    /// <param name="length">The element count.</param>
    /// <exception cref="ArgumentOutOfRangeException">The range is outside the array.</exception>
    public ReadOnlySpan(T[] array, int start, int length)
    {
        if (array == null)
        {
            if (start != 0 || length != 0)
                ThrowHelpers.ThrowArgumentOutOfRangeException();
            this = default;
            return;
        }

        if ((ulong)(uint)start + (uint)length > (uint)array.Length)
            ThrowHelpers.ThrowArgumentOutOfRangeException();
        _reference = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), (nint)(uint)start);
        _length = length;
    }

    /// <summary>A span over unmanaged memory.</summary>
    /// <param name="pointer">The first element.</param>
    /// <param name="length">The element count.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    public unsafe ReadOnlySpan(void* pointer, int length)
    {
        if (length < 0)
            ThrowHelpers.ThrowArgumentOutOfRangeException();
        _reference = ref Unsafe.AsRef<T>(pointer);
        _length = length;
    }

    /// <summary>A span of one element.</summary>
    /// <param name="reference">The element.</param>
    public ReadOnlySpan(ref readonly T reference)
    {
        _reference = ref Unsafe.AsRef(in reference);
        _length = 1;
    }

    internal ReadOnlySpan(ref T reference, int length, int unchecked_)
    {
        _reference = ref reference;
        _length = length;
    }

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <param name="index">The index.</param>
    /// <exception cref="IndexOutOfRangeException">The index is outside the span.</exception>
    public ref readonly T this[int index]
    {
        [Intrinsic]
        get
        {
            if ((uint)index >= (uint)_length)
                ThrowHelpers.ThrowIndexOutOfRangeException();
            return ref Unsafe.Add(ref _reference, (nint)(uint)index);
        }
    }

    /// <summary>The element count.</summary>
    public int Length
    {
        [Intrinsic]
        get => _length;
    }

    /// <summary>Whether the span is empty.</summary>
    public bool IsEmpty => _length == 0;

    /// <summary>An empty span.</summary>
    public static ReadOnlySpan<T> Empty => default;

    /// <summary>The elements from <paramref name="start"/> on.</summary>
    /// <param name="start">The first element.</param>
    /// <returns>The slice.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is past the end.</exception>
    public ReadOnlySpan<T> Slice(int start)
    {
        if ((uint)start > (uint)_length)
            ThrowHelpers.ThrowArgumentOutOfRangeException();
        return new ReadOnlySpan<T>(ref Unsafe.Add(ref _reference, (nint)(uint)start), _length - start, 0);
    }

    /// <summary><paramref name="length"/> elements from <paramref name="start"/>.</summary>
    /// <param name="start">The first element.</param>
    /// <param name="length">The element count.</param>
    /// <returns>The slice.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range is outside the span.</exception>
    public ReadOnlySpan<T> Slice(int start, int length)
    {
        if ((ulong)(uint)start + (uint)length > (uint)_length)
            ThrowHelpers.ThrowArgumentOutOfRangeException();
        return new ReadOnlySpan<T>(ref Unsafe.Add(ref _reference, (nint)(uint)start), length, 0);
    }

    /// <summary>Copies the elements into <paramref name="destination"/> (overlap allowed).</summary>
    /// <param name="destination">The target, at least as long as this span.</param>
    /// <exception cref="ArgumentException">The target is too short.</exception>
    public void CopyTo(Span<T> destination)
    {
        if (!TryCopyTo(destination))
            ThrowHelpers.ThrowArgumentException();
    }

    /// <summary>Copies the elements into <paramref name="destination"/> if it is long enough.</summary>
    /// <param name="destination">The target.</param>
    /// <returns>False if the target is too short (nothing copied).</returns>
    public bool TryCopyTo(Span<T> destination)
    {
        if ((uint)_length > (uint)destination.Length)
            return false;
        SpanCopy.Copy(ref destination._reference, ref _reference, _length);
        return true;
    }

    /// <summary>A new array holding the elements.</summary>
    /// <returns>The array.</returns>
    public T[] ToArray()
    {
        var array = new T[_length];
        SpanCopy.Copy(ref MemoryMarshal.GetArrayDataReference(array), ref _reference, _length);
        return array;
    }

    /// <summary>An enumerator for <c>foreach</c>.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new Enumerator(this);

    /// <summary>Walks the elements of a span.</summary>
    public ref struct Enumerator
    {
        private readonly ReadOnlySpan<T> _span;
        private int _index;

        internal Enumerator(ReadOnlySpan<T> span)
        {
            _span = span;
            _index = -1;
        }

        /// <summary>The current element.</summary>
        public ref readonly T Current => ref _span[_index];

        /// <summary>Moves to the next element.</summary>
        /// <returns>False past the end.</returns>
        public bool MoveNext()
        {
            int index = _index + 1;
            if (index < _span.Length)
            {
                _index = index;
                return true;
            }

            return false;
        }
    }

    /// <summary>The reference <c>fixed</c> pins (null for an empty span).</summary>
    /// <returns>The first element, or a null reference.</returns>
    public ref readonly T GetPinnableReference()
    {
        if (_length == 0)
            return ref Unsafe.NullRef<T>();
        return ref _reference;
    }

    /// <summary>A read-only span over a whole array.</summary>
    /// <param name="array">The array.</param>
    public static implicit operator ReadOnlySpan<T>(T[] array) => new ReadOnlySpan<T>(array);
}
