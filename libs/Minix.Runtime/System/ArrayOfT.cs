using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System;

// ILC builds every T[] type from this class: its interfaces are what arrays implement (a string[] is an
// IList<string>, an IEnumerable<object> by covariance, ...), and `this` is the array itself.
internal class Array<T> : Array, IList<T>, IReadOnlyList<T>
{
    private T[] Items => Unsafe.As<T[]>(this);

    public int Count => Items.Length;

    public bool IsReadOnly => true;

    public T this[int index]
    {
        get => Items[index];
        set => Items[index] = value;
    }

    public new IEnumerator<T> GetEnumerator() => new ArrayEnumerator<T>(Items);

    IEnumerator IEnumerable.GetEnumerator() => new ArrayEnumerator<T>(Items);

    public int IndexOf(T item) => Array.IndexOf(Items, item);

    public bool Contains(T item) => Array.IndexOf(Items, item) >= 0;

    public void CopyTo(T[] array, int arrayIndex) => Array.Copy(Items, 0, array, arrayIndex, Items.Length);

    public void Add(T item) => throw new NotSupportedException("Collection was of a fixed size.");

    public void Clear() => throw new NotSupportedException("Collection was of a fixed size.");

    public bool Remove(T item) => throw new NotSupportedException("Collection was of a fixed size.");

    public void Insert(int index, T item) => throw new NotSupportedException("Collection was of a fixed size.");

    public void RemoveAt(int index) => throw new NotSupportedException("Collection was of a fixed size.");
}

internal sealed class ArrayEnumerator<T> : IEnumerator<T>
{
    private readonly T[] array;
    private int _index = -1;

    public ArrayEnumerator(T[] array) => this.array = array;

    public T Current => array[_index];

    object IEnumerator.Current => Current;

    public bool MoveNext() => ++_index < array.Length;

    public void Reset() => _index = -1;

    public void Dispose()
    {
    }
}
