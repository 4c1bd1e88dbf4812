namespace System.Collections.Generic;

/// <summary>A hash set. Elements enumerate in the order they were added (a removed slot is reused first), as in .NET.</summary>
/// <typeparam name="T">The element type.</typeparam>
public class HashSet<T> : ISet<T>, IReadOnlyCollection<T>
{
    private int[] _buckets;
    private Slot[] _slots;
    private int _count;
    private int _freeList = -1;
    private int _freeCount;
    private int _version;
    private readonly IEqualityComparer<T> _comparer;

    /// <summary>An empty set.</summary>
    public HashSet()
        : this((IEqualityComparer<T>)null)
    {
    }

    /// <summary>An empty set with an element equality.</summary>
    /// <param name="comparer">The equality (null for the default).</param>
    public HashSet(IEqualityComparer<T> comparer) => _comparer = comparer ?? EqualityComparer<T>.Default;

    /// <summary>An empty set with room for <paramref name="capacity"/> elements.</summary>
    /// <param name="capacity">The capacity.</param>
    public HashSet(int capacity)
        : this((IEqualityComparer<T>)null)
    {
        if (capacity < 0)
            throw new ArgumentOutOfRangeException(nameof(capacity), "Non-negative number required.");
        if (capacity > 0)
            Initialize(capacity);
    }

    /// <summary>A set of the distinct elements of <paramref name="collection"/>.</summary>
    /// <param name="collection">The elements.</param>
    public HashSet(IEnumerable<T> collection)
        : this(collection, null)
    {
    }

    /// <summary>A set of the distinct elements of <paramref name="collection"/>, with an element equality.</summary>
    /// <param name="collection">The elements.</param>
    /// <param name="comparer">The equality (null for the default).</param>
    public HashSet(IEnumerable<T> collection, IEqualityComparer<T> comparer)
        : this(comparer)
    {
        ArgumentNullException.ThrowIfNull(collection, nameof(collection));
        UnionWith(collection);
    }

    /// <summary>The element count.</summary>
    public int Count => _count - _freeCount;

    /// <summary>The element equality.</summary>
    public IEqualityComparer<T> Comparer => _comparer;

    bool ICollection<T>.IsReadOnly => false;

    /// <summary>Adds an element.</summary>
    /// <param name="item">The element.</param>
    /// <returns>False if it was already there.</returns>
    public bool Add(T item)
    {
        if (_buckets is null)
            Initialize(0);
        int hash = HashOf(item);
        int bucket = hash % _buckets.Length;
        for (int i = _buckets[bucket] - 1; i >= 0; i = _slots[i].Next)
        {
            if (_slots[i].Hash == hash && _comparer.Equals(_slots[i].Value, item))
                return false;
        }

        int index;
        if (_freeCount > 0)
        {
            index = _freeList;
            _freeList = -3 - _slots[index].Next;
            _freeCount--;
        }
        else
        {
            if (_count == _slots.Length)
            {
                Resize(HashTableSizes.Expanded(_count));
                bucket = hash % _buckets.Length;
            }

            index = _count++;
        }

        _slots[index].Hash = hash;
        _slots[index].Value = item;
        _slots[index].Next = _buckets[bucket] - 1;
        _buckets[bucket] = index + 1;
        _version++;
        return true;
    }

    void ICollection<T>.Add(T item) => Add(item);

    /// <summary>Whether the set holds <paramref name="item"/>.</summary>
    /// <param name="item">The element.</param>
    /// <returns>True if it does.</returns>
    public bool Contains(T item) => Find(item) >= 0;

    /// <summary>The set's own element equal to <paramref name="equalValue"/>, if any.</summary>
    /// <param name="equalValue">The value to look for.</param>
    /// <param name="actualValue">The element found, or default.</param>
    /// <returns>True if found.</returns>
    public bool TryGetValue(T equalValue, out T actualValue)
    {
        int index = Find(equalValue);
        actualValue = index >= 0 ? _slots[index].Value : default;
        return index >= 0;
    }

    /// <summary>Removes <paramref name="item"/>.</summary>
    /// <param name="item">The element.</param>
    /// <returns>False if it was not there.</returns>
    public bool Remove(T item)
    {
        if (_buckets is null)
            return false;
        int hash = HashOf(item);
        int bucket = hash % _buckets.Length;
        int previous = -1;
        for (int i = _buckets[bucket] - 1; i >= 0; previous = i, i = _slots[i].Next)
        {
            if (_slots[i].Hash != hash || !_comparer.Equals(_slots[i].Value, item))
                continue;
            if (previous < 0)
                _buckets[bucket] = _slots[i].Next + 1;
            else
                _slots[previous].Next = _slots[i].Next;
            _slots[i].Value = default;
            _slots[i].Next = -3 - _freeList;
            _freeList = i;
            _freeCount++;
            _version++;
            return true;
        }

        return false;
    }

    /// <summary>Removes every element <paramref name="match"/> accepts.</summary>
    /// <param name="match">The test.</param>
    /// <returns>How many were removed.</returns>
    public int RemoveWhere(Predicate<T> match)
    {
        ArgumentNullException.ThrowIfNull(match, nameof(match));
        int removed = 0;
        for (int i = 0; i < _count; i++)
        {
            if (_slots[i].Next >= -1 && match(_slots[i].Value) && Remove(_slots[i].Value))
                removed++;
        }

        return removed;
    }

    /// <summary>Removes every element.</summary>
    public void Clear()
    {
        if (_count == 0)
            return;
        Array.Clear(_buckets, 0, _buckets.Length);
        Array.Clear(_slots, 0, _count);
        _count = 0;
        _freeList = -1;
        _freeCount = 0;
        _version++;
    }

    /// <summary>Copies the elements into <paramref name="array"/> from <paramref name="arrayIndex"/>.</summary>
    /// <param name="array">The target.</param>
    /// <param name="arrayIndex">The first index written.</param>
    public void CopyTo(T[] array, int arrayIndex)
    {
        foreach (T item in this)
            array[arrayIndex++] = item;
    }

    /// <summary>Copies the elements into <paramref name="array"/>.</summary>
    /// <param name="array">The target.</param>
    public void CopyTo(T[] array) => CopyTo(array, 0);

    /// <summary>Adds every element of <paramref name="other"/>.</summary>
    /// <param name="other">The elements.</param>
    public void UnionWith(IEnumerable<T> other)
    {
        ArgumentNullException.ThrowIfNull(other, nameof(other));
        foreach (T item in other)
            Add(item);
    }

    /// <summary>Keeps only the elements also in <paramref name="other"/>.</summary>
    /// <param name="other">The elements.</param>
    public void IntersectWith(IEnumerable<T> other)
    {
        var keep = new HashSet<T>(other, _comparer);
        RemoveWhere(item => !keep.Contains(item));
    }

    /// <summary>Removes the elements in <paramref name="other"/>.</summary>
    /// <param name="other">The elements.</param>
    public void ExceptWith(IEnumerable<T> other)
    {
        ArgumentNullException.ThrowIfNull(other, nameof(other));
        foreach (T item in other)
            Remove(item);
    }

    /// <summary>Keeps the elements in exactly one of this set and <paramref name="other"/>.</summary>
    /// <param name="other">The elements.</param>
    public void SymmetricExceptWith(IEnumerable<T> other)
    {
        foreach (T item in new HashSet<T>(other, _comparer))
        {
            if (!Remove(item))
                Add(item);
        }
    }

    /// <summary>Whether every element is in <paramref name="other"/>.</summary>
    /// <param name="other">The elements.</param>
    /// <returns>True if so.</returns>
    public bool IsSubsetOf(IEnumerable<T> other)
    {
        var set = new HashSet<T>(other, _comparer);
        foreach (T item in this)
        {
            if (!set.Contains(item))
                return false;
        }

        return true;
    }

    /// <summary>Whether every element of <paramref name="other"/> is here.</summary>
    /// <param name="other">The elements.</param>
    /// <returns>True if so.</returns>
    public bool IsSupersetOf(IEnumerable<T> other)
    {
        foreach (T item in other)
        {
            if (!Contains(item))
                return false;
        }

        return true;
    }

    /// <summary>Whether any element of <paramref name="other"/> is here.</summary>
    /// <param name="other">The elements.</param>
    /// <returns>True if so.</returns>
    public bool Overlaps(IEnumerable<T> other)
    {
        foreach (T item in other)
        {
            if (Contains(item))
                return true;
        }

        return false;
    }

    /// <summary>Whether the same elements are here as in <paramref name="other"/>.</summary>
    /// <param name="other">The elements.</param>
    /// <returns>True if so.</returns>
    public bool SetEquals(IEnumerable<T> other)
    {
        var set = new HashSet<T>(other, _comparer);
        return set.Count == Count && IsSupersetOf(set);
    }

    /// <summary>An enumerator in slot order.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new Enumerator(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);

    IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

    private int HashOf(T item) => item is null ? 0 : _comparer.GetHashCode(item) & int.MaxValue;

    private int Find(T item)
    {
        if (_buckets is null)
            return -1;
        int hash = HashOf(item);
        for (int i = _buckets[hash % _buckets.Length] - 1; i >= 0; i = _slots[i].Next)
        {
            if (_slots[i].Hash == hash && _comparer.Equals(_slots[i].Value, item))
                return i;
        }

        return -1;
    }

    private void Initialize(int capacity)
    {
        int size = HashTableSizes.PrimeAtLeast(capacity);
        _buckets = new int[size];
        _slots = new Slot[size];
    }

    private void Resize(int size)
    {
        var slots = new Slot[size];
        Array.Copy(_slots, slots, _count);
        _buckets = new int[size];
        for (int i = 0; i < _count; i++)
        {
            if (slots[i].Next < -1)
                continue;
            int bucket = slots[i].Hash % size;
            slots[i].Next = _buckets[bucket] - 1;
            _buckets[bucket] = i + 1;
        }

        _slots = slots;
    }

    private struct Slot
    {
        public int Hash;
        public int Next;
        public T Value;
    }

    /// <summary>The cursor over a set.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly HashSet<T> _set;
        private readonly int _version;
        private int _index;
        private T _current;

        internal Enumerator(HashSet<T> set)
        {
            _set = set;
            _version = set._version;
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
            if (_version != _set._version)
                throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
            while (_index < _set._count)
            {
                ref Slot slot = ref _set._slots[_index++];
                if (slot.Next >= -1)
                {
                    _current = slot.Value;
                    return true;
                }
            }

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
