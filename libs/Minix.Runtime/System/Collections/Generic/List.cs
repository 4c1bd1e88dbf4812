namespace System.Collections.Generic;

/// <summary>A growable array.</summary>
/// <typeparam name="T">The element type.</typeparam>
public class List<T> : IList<T>, IReadOnlyList<T>, ICollection
{
    private const int DefaultCapacity = 4;

    private T[] _items;
    private int _size;
    private int _version;

    /// <summary>An empty list.</summary>
    public List() => _items = Array.Empty<T>();

    /// <summary>An empty list with room for <paramref name="capacity"/> elements.</summary>
    /// <param name="capacity">The initial capacity.</param>
    public List(int capacity)
    {
        if (capacity < 0)
            throw new ArgumentOutOfRangeException(nameof(capacity), "Non-negative number required.");
        _items = capacity == 0 ? Array.Empty<T>() : new T[capacity];
    }

    /// <summary>A list of the elements of <paramref name="collection"/>.</summary>
    /// <param name="collection">The elements.</param>
    public List(IEnumerable<T> collection)
    {
        ArgumentNullException.ThrowIfNull(collection, nameof(collection));
        if (collection is ICollection<T> sized)
        {
            int count = sized.Count;
            _items = count == 0 ? Array.Empty<T>() : new T[count];
            sized.CopyTo(_items, 0);
            _size = count;
            return;
        }

        _items = Array.Empty<T>();
        foreach (T item in collection)
            Add(item);
    }

    /// <summary>The element count.</summary>
    public int Count => _size;

    /// <summary>The room before the list grows.</summary>
    public int Capacity
    {
        get => _items.Length;
        set
        {
            if (value < _size)
                throw new ArgumentOutOfRangeException(nameof(value), "capacity was less than the current size.");
            if (value == _items.Length)
                return;
            T[] items = value == 0 ? Array.Empty<T>() : new T[value];
            Array.Copy(_items, items, _size);
            _items = items;
        }
    }

    bool ICollection<T>.IsReadOnly => false;

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <param name="index">The index.</param>
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_size)
                ThrowIndex();
            return _items[index];
        }

        set
        {
            if ((uint)index >= (uint)_size)
                ThrowIndex();
            _items[index] = value;
            _version++;
        }
    }

    /// <summary>Appends an element.</summary>
    /// <param name="item">The element.</param>
    public void Add(T item)
    {
        _version++;
        if (_size == _items.Length)
            Grow(_size + 1);
        _items[_size++] = item;
    }

    /// <summary>Appends every element of <paramref name="collection"/>.</summary>
    /// <param name="collection">The elements.</param>
    public void AddRange(IEnumerable<T> collection) => InsertRange(_size, collection);

    /// <summary>Inserts an element at <paramref name="index"/>.</summary>
    /// <param name="index">The index (at most <see cref="Count"/>).</param>
    /// <param name="item">The element.</param>
    public void Insert(int index, T item)
    {
        if ((uint)index > (uint)_size)
            throw new ArgumentOutOfRangeException(nameof(index), "Index must be within the bounds of the List.");
        if (_size == _items.Length)
            Grow(_size + 1);
        if (index < _size)
            Array.Copy(_items, index, _items, index + 1, _size - index);
        _items[index] = item;
        _size++;
        _version++;
    }

    /// <summary>Inserts the elements of <paramref name="collection"/> at <paramref name="index"/>.</summary>
    /// <param name="index">The index.</param>
    /// <param name="collection">The elements.</param>
    public void InsertRange(int index, IEnumerable<T> collection)
    {
        ArgumentNullException.ThrowIfNull(collection, nameof(collection));
        if ((uint)index > (uint)_size)
            throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
        var items = new List<T>();
        foreach (T item in collection)
            items.Add(item);
        int count = items._size;
        if (count == 0)
            return;
        if (_items.Length - _size < count)
            Grow(_size + count);
        if (index < _size)
            Array.Copy(_items, index, _items, index + count, _size - index);
        Array.Copy(items._items, 0, _items, index, count);
        _size += count;
        _version++;
    }

    /// <summary>Removes every element.</summary>
    public void Clear()
    {
        _version++;
        if (_size > 0)
            Array.Clear(_items, 0, _size);
        _size = 0;
    }

    /// <summary>Whether the list holds <paramref name="item"/>.</summary>
    /// <param name="item">The element.</param>
    /// <returns>True if it does.</returns>
    public bool Contains(T item) => IndexOf(item) >= 0;

    /// <summary>The index of the first occurrence of <paramref name="item"/>, or -1.</summary>
    /// <param name="item">The element.</param>
    /// <returns>The index.</returns>
    public int IndexOf(T item) => Array.IndexOf(_items, item, 0, _size);

    /// <summary>The index of the first occurrence of <paramref name="item"/> from <paramref name="index"/>, or -1.</summary>
    /// <param name="item">The element.</param>
    /// <param name="index">Where to start.</param>
    /// <returns>The index.</returns>
    public int IndexOf(T item, int index)
    {
        if ((uint)index > (uint)_size)
            throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than the size of the collection.");
        return Array.IndexOf(_items, item, index, _size - index);
    }

    /// <summary>The index of the last occurrence of <paramref name="item"/>, or -1.</summary>
    /// <param name="item">The element.</param>
    /// <returns>The index.</returns>
    public int LastIndexOf(T item) => _size == 0 ? -1 : Array.LastIndexOf(_items, item, _size - 1, _size);

    /// <summary>Removes the first occurrence of <paramref name="item"/>.</summary>
    /// <param name="item">The element.</param>
    /// <returns>False if it was not there.</returns>
    public bool Remove(T item)
    {
        int index = IndexOf(item);
        if (index < 0)
            return false;
        RemoveAt(index);
        return true;
    }

    /// <summary>Removes the element at <paramref name="index"/>.</summary>
    /// <param name="index">The index.</param>
    public void RemoveAt(int index)
    {
        if ((uint)index >= (uint)_size)
            ThrowIndex();
        _size--;
        if (index < _size)
            Array.Copy(_items, index + 1, _items, index, _size - index);
        _items[_size] = default;
        _version++;
    }

    /// <summary>Removes <paramref name="count"/> elements from <paramref name="index"/>.</summary>
    /// <param name="index">The first.</param>
    /// <param name="count">How many.</param>
    public void RemoveRange(int index, int count)
    {
        if (index < 0 || count < 0 || _size - index < count)
            throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        if (count == 0)
            return;
        _size -= count;
        if (index < _size)
            Array.Copy(_items, index + count, _items, index, _size - index);
        Array.Clear(_items, _size, count);
        _version++;
    }

    /// <summary>Removes every element <paramref name="match"/> accepts.</summary>
    /// <param name="match">The test.</param>
    /// <returns>How many were removed.</returns>
    public int RemoveAll(Predicate<T> match)
    {
        ArgumentNullException.ThrowIfNull(match, nameof(match));
        int kept = 0;
        for (int i = 0; i < _size; i++)
        {
            if (!match(_items[i]))
                _items[kept++] = _items[i];
        }

        int removed = _size - kept;
        if (removed > 0)
        {
            Array.Clear(_items, kept, removed);
            _size = kept;
            _version++;
        }

        return removed;
    }

    /// <summary>Whether any element passes <paramref name="match"/>.</summary>
    /// <param name="match">The test.</param>
    /// <returns>True if one does.</returns>
    public bool Exists(Predicate<T> match) => FindIndex(match) >= 0;

    /// <summary>The first element that passes <paramref name="match"/>, or default.</summary>
    /// <param name="match">The test.</param>
    /// <returns>The element.</returns>
    public T Find(Predicate<T> match)
    {
        int index = FindIndex(match);
        return index < 0 ? default : _items[index];
    }

    /// <summary>Every element that passes <paramref name="match"/>.</summary>
    /// <param name="match">The test.</param>
    /// <returns>A new list.</returns>
    public List<T> FindAll(Predicate<T> match)
    {
        ArgumentNullException.ThrowIfNull(match, nameof(match));
        var found = new List<T>();
        for (int i = 0; i < _size; i++)
        {
            if (match(_items[i]))
                found.Add(_items[i]);
        }

        return found;
    }

    /// <summary>The index of the first element that passes <paramref name="match"/>, or -1.</summary>
    /// <param name="match">The test.</param>
    /// <returns>The index.</returns>
    public int FindIndex(Predicate<T> match)
    {
        ArgumentNullException.ThrowIfNull(match, nameof(match));
        for (int i = 0; i < _size; i++)
        {
            if (match(_items[i]))
                return i;
        }

        return -1;
    }

    /// <summary>The last element that passes <paramref name="match"/>, or default.</summary>
    /// <param name="match">The test.</param>
    /// <returns>The element.</returns>
    public T FindLast(Predicate<T> match)
    {
        ArgumentNullException.ThrowIfNull(match, nameof(match));
        for (int i = _size - 1; i >= 0; i--)
        {
            if (match(_items[i]))
                return _items[i];
        }

        return default;
    }

    /// <summary>Whether every element passes <paramref name="match"/>.</summary>
    /// <param name="match">The test.</param>
    /// <returns>True if all do.</returns>
    public bool TrueForAll(Predicate<T> match)
    {
        ArgumentNullException.ThrowIfNull(match, nameof(match));
        for (int i = 0; i < _size; i++)
        {
            if (!match(_items[i]))
                return false;
        }

        return true;
    }

    /// <summary>Calls <paramref name="action"/> for each element.</summary>
    /// <param name="action">The action.</param>
    public void ForEach(Action<T> action)
    {
        ArgumentNullException.ThrowIfNull(action, nameof(action));
        int version = _version;
        for (int i = 0; i < _size; i++)
        {
            if (version != _version)
                break;
            action(_items[i]);
        }

        if (version != _version)
            throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
    }

    /// <summary>The elements converted by <paramref name="converter"/>.</summary>
    /// <typeparam name="TOutput">The result element type.</typeparam>
    /// <param name="converter">The conversion.</param>
    /// <returns>A new list.</returns>
    public List<TOutput> ConvertAll<TOutput>(Converter<T, TOutput> converter)
    {
        ArgumentNullException.ThrowIfNull(converter, nameof(converter));
        var result = new List<TOutput>(_size);
        for (int i = 0; i < _size; i++)
            result._items[i] = converter(_items[i]);
        result._size = _size;
        return result;
    }

    /// <summary>A list of <paramref name="count"/> elements from <paramref name="index"/>.</summary>
    /// <param name="index">The first.</param>
    /// <param name="count">How many.</param>
    /// <returns>A new list.</returns>
    public List<T> GetRange(int index, int count)
    {
        if (index < 0 || count < 0 || _size - index < count)
            throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        var result = new List<T>(count);
        Array.Copy(_items, index, result._items, 0, count);
        result._size = count;
        return result;
    }

    /// <summary>A copy of the elements as an array.</summary>
    /// <returns>The array.</returns>
    public T[] ToArray()
    {
        if (_size == 0)
            return Array.Empty<T>();
        var array = new T[_size];
        Array.Copy(_items, array, _size);
        return array;
    }

    /// <summary>Copies the elements into <paramref name="array"/> from <paramref name="arrayIndex"/>.</summary>
    /// <param name="array">The target.</param>
    /// <param name="arrayIndex">The first index written.</param>
    public void CopyTo(T[] array, int arrayIndex) => Array.Copy(_items, 0, array, arrayIndex, _size);

    /// <summary>Copies the elements into <paramref name="array"/>.</summary>
    /// <param name="array">The target.</param>
    public void CopyTo(T[] array) => CopyTo(array, 0);

    /// <summary>Reverses the order of the elements.</summary>
    public void Reverse()
    {
        Array.Reverse(_items, 0, _size);
        _version++;
    }

    /// <summary>Sorts the elements by their default order (an unstable sort, as .NET's).</summary>
    public void Sort() => Sort(0, _size, null);

    /// <summary>Sorts the elements by <paramref name="comparer"/>.</summary>
    /// <param name="comparer">The order (null for the default).</param>
    public void Sort(IComparer<T> comparer) => Sort(0, _size, comparer);

    /// <summary>Sorts a range of the elements by <paramref name="comparer"/>.</summary>
    /// <param name="index">The first.</param>
    /// <param name="count">How many.</param>
    /// <param name="comparer">The order (null for the default).</param>
    public void Sort(int index, int count, IComparer<T> comparer)
    {
        if (index < 0 || count < 0 || _size - index < count)
            throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        Array.Sort(_items, index, count, comparer);
        _version++;
    }

    /// <summary>Sorts the elements by <paramref name="comparison"/>.</summary>
    /// <param name="comparison">The order.</param>
    public void Sort(Comparison<T> comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison, nameof(comparison));
        ArraySorting.Sort(_items, 0, _size, comparison);
        _version++;
    }

    /// <summary>The index of <paramref name="item"/> in the sorted list, or the complement of where it would go.</summary>
    /// <param name="item">The element.</param>
    /// <returns>The index.</returns>
    public int BinarySearch(T item) => Array.BinarySearch(_items, 0, _size, item, null);

    /// <summary>Shrinks the capacity to the count.</summary>
    public void TrimExcess() => Capacity = _size;

    /// <summary>Makes room for at least <paramref name="capacity"/> elements.</summary>
    /// <param name="capacity">The capacity.</param>
    /// <returns>The new capacity.</returns>
    public int EnsureCapacity(int capacity)
    {
        if (_items.Length < capacity)
            Grow(capacity);
        return _items.Length;
    }

    /// <summary>An enumerator (a struct, as .NET's, so foreach does not allocate).</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new Enumerator(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);

    IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

    private void Grow(int capacity)
    {
        int next = _items.Length == 0 ? DefaultCapacity : 2 * _items.Length;
        if (next < capacity)
            next = capacity;
        Capacity = next;
    }

    private static void ThrowIndex() =>
        throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");

    /// <summary>The cursor of a <see cref="List{T}"/>.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly List<T> _list;
        private readonly int _version;
        private int _index;
        private T _current;

        internal Enumerator(List<T> list)
        {
            _list = list;
            _version = list._version;
            _index = 0;
            _current = default;
        }

        /// <summary>The element at the cursor.</summary>
        public T Current => _current;

        object IEnumerator.Current => _current;

        /// <summary>Moves to the next element.</summary>
        /// <returns>False past the end.</returns>
        public bool MoveNext()
        {
            if (_version != _list._version)
                throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
            if (_index < _list._size)
            {
                _current = _list._items[_index++];
                return true;
            }

            _index = _list._size + 1;
            _current = default;
            return false;
        }

        /// <summary>Moves back before the first element.</summary>
        public void Reset()
        {
            _index = 0;
            _current = default;
        }

        /// <summary>Nothing to release.</summary>
        public void Dispose()
        {
        }
    }
}
