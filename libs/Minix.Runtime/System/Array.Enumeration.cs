using System.Collections;
using System.Runtime;
using System.Runtime.CompilerServices;

namespace System;

// Every array is IEnumerable (what foreach over a multi-dimensional array binds to), walking the elements in
// storage order as objects; single-dimensional arrays are also IList<T> (ArrayOfT).
public abstract partial class Array : IEnumerable
{
    /// <summary>An enumerator over the elements, in storage order (row-major), boxed.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator GetEnumerator() => new FlatEnumerator(this);

    /// <summary>The element at <paramref name="index"/> of a single-dimensional array, boxed.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The element.</returns>
    public unsafe object GetValue(int index)
    {
        if (Rank != 1)
            throw new ArgumentException("Array was not a one-dimensional array.");
        if ((uint)index >= (uint)Length)
            throw new IndexOutOfRangeException();
        return GetFlat(index);
    }

    // The element at a storage index, boxed if the element type is a value type.
    private unsafe object GetFlat(int index)
    {
        var element = m_pEEType->ElementTypeHandle;
        ref byte at = ref Unsafe.AddByteOffset(ref FirstByte, (nint)((nuint)index * m_pEEType->ComponentSize));
        return element->IsValueType ? RuntimeExports.RhBox(element, ref at) : Unsafe.As<byte, object>(ref at);
    }

    private sealed class FlatEnumerator : IEnumerator
    {
        private readonly Array _array;
        private int _index = -1;

        public FlatEnumerator(Array array) => _array = array;

        public object Current => _index >= 0 && _index < _array.Length ? _array.GetFlat(_index) : throw new InvalidOperationException("Enumeration has either not started or has already finished.");

        public bool MoveNext() => ++_index < _array.Length;

        public void Reset() => _index = -1;
    }
}
