namespace System.Collections.Generic;

/// <summary>A last-in, first-out stack.</summary>
/// <typeparam name="T">The element type.</typeparam>
public class Stack<T> : IReadOnlyCollection<T>, ICollection
{
    private T[] _array;
    private int _size;
    private int _version;

    /// <summary>An empty stack.</summary>
    public Stack() => _array = Array.Empty<T>();

    /// <summary>An empty stack with room for <paramref name="capacity"/> elements.</summary>
    /// <param name="capacity">The capacity.</param>
    public Stack(int capacity)
    {
        if (capacity < 0)
            throw new ArgumentOutOfRangeException(nameof(capacity), "Non-negative number required.");
        _array = new T[capacity];
    }

    /// <summary>A stack with the elements of <paramref name="collection"/> pushed in order.</summary>
    /// <param name="collection">The elements.</param>
    public Stack(IEnumerable<T> collection)
        : this()
    {
        foreach (T item in collection)
            Push(item);
    }

    /// <summary>The element count.</summary>
    public int Count => _size;

    /// <summary>Pushes an element.</summary>
    /// <param name="item">The element.</param>
    public void Push(T item)
    {
        if (_size == _array.Length)
            Array.Resize(ref _array, _array.Length == 0 ? 4 : 2 * _array.Length);
        _array[_size++] = item;
        _version++;
    }

    /// <summary>Removes and returns the top element.</summary>
    /// <returns>The element.</returns>
    /// <exception cref="InvalidOperationException">The stack is empty.</exception>
    public T Pop()
    {
        if (_size == 0)
            throw new InvalidOperationException("Stack empty.");
        T item = _array[--_size];
        _array[_size] = default;
        _version++;
        return item;
    }

    /// <summary>Removes the top element if there is one.</summary>
    /// <param name="result">The element, or default.</param>
    /// <returns>False if the stack was empty.</returns>
    public bool TryPop(out T result)
    {
        if (_size == 0)
        {
            result = default;
            return false;
        }

        result = Pop();
        return true;
    }

    /// <summary>The top element.</summary>
    /// <returns>The element.</returns>
    /// <exception cref="InvalidOperationException">The stack is empty.</exception>
    public T Peek()
    {
        if (_size == 0)
            throw new InvalidOperationException("Stack empty.");
        return _array[_size - 1];
    }

    /// <summary>The top element if there is one.</summary>
    /// <param name="result">The element, or default.</param>
    /// <returns>False if the stack is empty.</returns>
    public bool TryPeek(out T result)
    {
        result = _size == 0 ? default : _array[_size - 1];
        return _size > 0;
    }

    /// <summary>Whether the stack holds <paramref name="item"/>.</summary>
    /// <param name="item">The element.</param>
    /// <returns>True if it does.</returns>
    public bool Contains(T item) => _size > 0 && Array.LastIndexOf(_array, item, _size - 1, _size) >= 0;

    /// <summary>Removes every element.</summary>
    public void Clear()
    {
        Array.Clear(_array, 0, _size);
        _size = 0;
        _version++;
    }

    /// <summary>The elements, top to bottom.</summary>
    /// <returns>A new array.</returns>
    public T[] ToArray()
    {
        var result = new T[_size];
        for (int i = 0; i < _size; i++)
            result[i] = _array[_size - 1 - i];
        return result;
    }

    /// <summary>An enumerator, top to bottom.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<T> GetEnumerator()
    {
        int version = _version;
        for (int i = _size - 1; i >= 0; i--)
        {
            if (version != _version)
                throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
            yield return _array[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
