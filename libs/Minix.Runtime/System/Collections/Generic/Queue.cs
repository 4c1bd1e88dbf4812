namespace System.Collections.Generic;

/// <summary>A first-in, first-out queue over a circular buffer.</summary>
/// <typeparam name="T">The element type.</typeparam>
public class Queue<T> : IReadOnlyCollection<T>, ICollection
{
    private T[] _array;
    private int _head;
    private int _size;
    private int _version;

    /// <summary>An empty queue.</summary>
    public Queue() => _array = Array.Empty<T>();

    /// <summary>An empty queue with room for <paramref name="capacity"/> elements.</summary>
    /// <param name="capacity">The capacity.</param>
    public Queue(int capacity)
    {
        if (capacity < 0)
            throw new ArgumentOutOfRangeException(nameof(capacity), "Non-negative number required.");
        _array = new T[capacity];
    }

    /// <summary>A queue of the elements of <paramref name="collection"/>, first to last.</summary>
    /// <param name="collection">The elements.</param>
    public Queue(IEnumerable<T> collection)
        : this()
    {
        foreach (T item in collection)
            Enqueue(item);
    }

    /// <summary>The element count.</summary>
    public int Count => _size;

    /// <summary>Adds an element at the back.</summary>
    /// <param name="item">The element.</param>
    public void Enqueue(T item)
    {
        if (_size == _array.Length)
            Grow(_size + 1);
        _array[(_head + _size) % _array.Length] = item;
        _size++;
        _version++;
    }

    /// <summary>Removes and returns the front element.</summary>
    /// <returns>The element.</returns>
    /// <exception cref="InvalidOperationException">The queue is empty.</exception>
    public T Dequeue()
    {
        if (!TryDequeue(out T item))
            throw new InvalidOperationException("Queue empty.");
        return item;
    }

    /// <summary>Removes the front element if there is one.</summary>
    /// <param name="result">The element, or default.</param>
    /// <returns>False if the queue was empty.</returns>
    public bool TryDequeue(out T result)
    {
        if (_size == 0)
        {
            result = default;
            return false;
        }

        result = _array[_head];
        _array[_head] = default;
        _head = (_head + 1) % _array.Length;
        _size--;
        _version++;
        return true;
    }

    /// <summary>The front element.</summary>
    /// <returns>The element.</returns>
    /// <exception cref="InvalidOperationException">The queue is empty.</exception>
    public T Peek()
    {
        if (_size == 0)
            throw new InvalidOperationException("Queue empty.");
        return _array[_head];
    }

    /// <summary>The front element if there is one.</summary>
    /// <param name="result">The element, or default.</param>
    /// <returns>False if the queue is empty.</returns>
    public bool TryPeek(out T result)
    {
        result = _size == 0 ? default : _array[_head];
        return _size > 0;
    }

    /// <summary>Whether the queue holds <paramref name="item"/>.</summary>
    /// <param name="item">The element.</param>
    /// <returns>True if it does.</returns>
    public bool Contains(T item)
    {
        var equality = EqualityComparer<T>.Default;
        for (int i = 0; i < _size; i++)
        {
            if (equality.Equals(_array[(_head + i) % _array.Length], item))
                return true;
        }

        return false;
    }

    /// <summary>Removes every element.</summary>
    public void Clear()
    {
        Array.Clear(_array, 0, _array.Length);
        _head = 0;
        _size = 0;
        _version++;
    }

    /// <summary>The elements, front to back.</summary>
    /// <returns>A new array.</returns>
    public T[] ToArray()
    {
        var result = new T[_size];
        for (int i = 0; i < _size; i++)
            result[i] = _array[(_head + i) % _array.Length];
        return result;
    }

    /// <summary>An enumerator, front to back.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<T> GetEnumerator()
    {
        int version = _version;
        for (int i = 0; i < _size; i++)
        {
            if (version != _version)
                throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
            yield return _array[(_head + i) % _array.Length];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Grow(int capacity)
    {
        int next = _array.Length == 0 ? 4 : 2 * _array.Length;
        if (next < capacity)
            next = capacity;
        var array = new T[next];
        for (int i = 0; i < _size; i++)
            array[i] = _array[(_head + i) % _array.Length];
        _array = array;
        _head = 0;
    }
}
