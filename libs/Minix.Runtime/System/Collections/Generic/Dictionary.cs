namespace System.Collections.Generic;

/// <summary>
/// A hash table from keys to values. Entries live in an array in the order they were added (a removed entry's slot
/// is reused first), which is the order enumeration gives, as in .NET.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public class Dictionary<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>, ICollection
{
    private int[] _buckets;
    private Entry[] _entries;
    private int _count;
    private int _freeList = -1;
    private int _freeCount;
    private int _version;
    private readonly IEqualityComparer<TKey> _comparer;
    private KeyCollection _keys;
    private ValueCollection _values;

    /// <summary>An empty dictionary.</summary>
    public Dictionary()
        : this(0, null)
    {
    }

    /// <summary>An empty dictionary with room for <paramref name="capacity"/> entries.</summary>
    /// <param name="capacity">The initial capacity.</param>
    public Dictionary(int capacity)
        : this(capacity, null)
    {
    }

    /// <summary>An empty dictionary comparing keys with <paramref name="comparer"/>.</summary>
    /// <param name="comparer">The key equality (null for the default).</param>
    public Dictionary(IEqualityComparer<TKey> comparer)
        : this(0, comparer)
    {
    }

    /// <summary>An empty dictionary with a capacity and a key equality.</summary>
    /// <param name="capacity">The initial capacity.</param>
    /// <param name="comparer">The key equality (null for the default).</param>
    public Dictionary(int capacity, IEqualityComparer<TKey> comparer)
    {
        if (capacity < 0)
            throw new ArgumentOutOfRangeException(nameof(capacity), "Non-negative number required.");
        if (capacity > 0)
            Initialize(capacity);
        _comparer = comparer ?? EqualityComparer<TKey>.Default;
    }

    /// <summary>A dictionary holding the entries of <paramref name="dictionary"/>.</summary>
    /// <param name="dictionary">The entries.</param>
    public Dictionary(IDictionary<TKey, TValue> dictionary)
        : this(dictionary, null)
    {
    }

    /// <summary>A dictionary holding the entries of <paramref name="dictionary"/>, with a key equality.</summary>
    /// <param name="dictionary">The entries.</param>
    /// <param name="comparer">The key equality (null for the default).</param>
    public Dictionary(IDictionary<TKey, TValue> dictionary, IEqualityComparer<TKey> comparer)
        : this(dictionary?.Count ?? 0, comparer)
    {
        ArgumentNullException.ThrowIfNull(dictionary, nameof(dictionary));
        foreach (KeyValuePair<TKey, TValue> pair in dictionary)
            Add(pair.Key, pair.Value);
    }

    /// <summary>A dictionary holding <paramref name="collection"/>'s pairs.</summary>
    /// <param name="collection">The pairs.</param>
    public Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection)
        : this(0, null)
    {
        ArgumentNullException.ThrowIfNull(collection, nameof(collection));
        foreach (KeyValuePair<TKey, TValue> pair in collection)
            Add(pair.Key, pair.Value);
    }

    /// <summary>The key equality.</summary>
    public IEqualityComparer<TKey> Comparer => _comparer;

    /// <summary>The number of entries.</summary>
    public int Count => _count - _freeCount;

    /// <summary>The keys, in entry order.</summary>
    public KeyCollection Keys => _keys ??= new KeyCollection(this);

    /// <summary>The values, in entry order.</summary>
    public ValueCollection Values => _values ??= new ValueCollection(this);

    ICollection<TKey> IDictionary<TKey, TValue>.Keys => Keys;

    ICollection<TValue> IDictionary<TKey, TValue>.Values => Values;

    IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys => Keys;

    IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => Values;

    bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly => false;

    /// <summary>The value of <paramref name="key"/>; setting adds or replaces it.</summary>
    /// <param name="key">The key.</param>
    /// <exception cref="KeyNotFoundException">Reading a key that is not present.</exception>
    public TValue this[TKey key]
    {
        get
        {
            int entry = FindEntry(key);
            if (entry < 0)
                throw new KeyNotFoundException("The given key '" + key.ToString() + "' was not present in the dictionary.");
            return _entries[entry].Value;
        }

        set => Insert(key, value, overwrite: true);
    }

    /// <summary>Adds a key and its value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentException">The key is already present.</exception>
    public void Add(TKey key, TValue value)
    {
        if (!Insert(key, value, overwrite: false))
            throw new ArgumentException("An item with the same key has already been added. Key: " + key.ToString());
    }

    /// <summary>Adds a key and its value unless the key is present.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>False if the key was present.</returns>
    public bool TryAdd(TKey key, TValue value) => Insert(key, value, overwrite: false);

    /// <summary>Whether <paramref name="key"/> is present.</summary>
    /// <param name="key">The key.</param>
    /// <returns>True if present.</returns>
    public bool ContainsKey(TKey key) => FindEntry(key) >= 0;

    /// <summary>Whether some entry has <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True if one does.</returns>
    public bool ContainsValue(TValue value)
    {
        var equality = EqualityComparer<TValue>.Default;
        for (int i = 0; i < _count; i++)
        {
            if (_entries[i].Next >= -1 && equality.Equals(_entries[i].Value, value))
                return true;
        }

        return false;
    }

    /// <summary>The value of <paramref name="key"/>, if present.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, or default.</param>
    /// <returns>True if present.</returns>
    public bool TryGetValue(TKey key, out TValue value)
    {
        int entry = FindEntry(key);
        if (entry >= 0)
        {
            value = _entries[entry].Value;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Removes <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>False if it was not there.</returns>
    public bool Remove(TKey key) => Remove(key, out _);

    /// <summary>Removes <paramref name="key"/> and gives its value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The removed value, or default.</param>
    /// <returns>False if it was not there.</returns>
    public bool Remove(TKey key, out TValue value)
    {
        if (key is null)
            throw new ArgumentNullException(nameof(key));
        value = default;
        if (_buckets is null)
            return false;
        int hash = _comparer.GetHashCode(key) & int.MaxValue;
        int bucket = hash % _buckets.Length;
        int previous = -1;
        for (int i = _buckets[bucket] - 1; i >= 0; previous = i, i = _entries[i].Next)
        {
            ref Entry entry = ref _entries[i];
            if (entry.Hash != hash || !_comparer.Equals(entry.Key, key))
                continue;
            if (previous < 0)
                _buckets[bucket] = entry.Next + 1;
            else
                _entries[previous].Next = entry.Next;
            value = entry.Value;
            entry.Next = -3 - _freeList;
            entry.Key = default;
            entry.Value = default;
            _freeList = i;
            _freeCount++;
            _version++;
            return true;
        }

        return false;
    }

    /// <summary>Removes every entry.</summary>
    public void Clear()
    {
        if (_count == 0)
            return;
        Array.Clear(_buckets, 0, _buckets.Length);
        Array.Clear(_entries, 0, _count);
        _count = 0;
        _freeList = -1;
        _freeCount = 0;
        _version++;
    }

    /// <summary>Makes room for at least <paramref name="capacity"/> entries.</summary>
    /// <param name="capacity">The capacity.</param>
    /// <returns>The new capacity.</returns>
    public int EnsureCapacity(int capacity)
    {
        if (capacity < 0)
            throw new ArgumentOutOfRangeException(nameof(capacity), "Non-negative number required.");
        if (_entries is not null && _entries.Length >= capacity)
            return _entries.Length;
        if (_buckets is null)
            return Initialize(capacity);
        Resize(HashTableSizes.PrimeAtLeast(capacity));
        return _entries.Length;
    }

    /// <summary>An enumerator of the pairs in entry order.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new Enumerator(this);

    IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() => new Enumerator(this);

    IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

    void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item) => Add(item.Key, item.Value);

    bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item)
    {
        int entry = FindEntry(item.Key);
        return entry >= 0 && EqualityComparer<TValue>.Default.Equals(_entries[entry].Value, item.Value);
    }

    bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item)
    {
        int entry = FindEntry(item.Key);
        if (entry < 0 || !EqualityComparer<TValue>.Default.Equals(_entries[entry].Value, item.Value))
            return false;
        return Remove(item.Key);
    }

    void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array, nameof(array));
        if ((uint)arrayIndex > (uint)array.Length || array.Length - arrayIndex < Count)
            throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
        for (int i = 0; i < _count; i++)
        {
            if (_entries[i].Next >= -1)
                array[arrayIndex++] = new KeyValuePair<TKey, TValue>(_entries[i].Key, _entries[i].Value);
        }
    }

    private int Initialize(int capacity)
    {
        int size = HashTableSizes.PrimeAtLeast(capacity);
        _buckets = new int[size];
        _entries = new Entry[size];
        _freeList = -1;
        return size;
    }

    private int FindEntry(TKey key)
    {
        if (key is null)
            throw new ArgumentNullException(nameof(key));
        if (_buckets is null)
            return -1;
        int hash = _comparer.GetHashCode(key) & int.MaxValue;
        for (int i = _buckets[hash % _buckets.Length] - 1; i >= 0; i = _entries[i].Next)
        {
            if (_entries[i].Hash == hash && _comparer.Equals(_entries[i].Key, key))
                return i;
        }

        return -1;
    }

    private bool Insert(TKey key, TValue value, bool overwrite)
    {
        if (key is null)
            throw new ArgumentNullException(nameof(key));
        if (_buckets is null)
            Initialize(0);
        int hash = _comparer.GetHashCode(key) & int.MaxValue;
        int bucket = hash % _buckets.Length;
        for (int i = _buckets[bucket] - 1; i >= 0; i = _entries[i].Next)
        {
            if (_entries[i].Hash != hash || !_comparer.Equals(_entries[i].Key, key))
                continue;
            if (!overwrite)
                return false;
            _entries[i].Value = value;
            _version++;
            return true;
        }

        int index;
        if (_freeCount > 0)
        {
            index = _freeList;
            _freeList = -3 - _entries[index].Next;
            _freeCount--;
        }
        else
        {
            if (_count == _entries.Length)
            {
                Resize(HashTableSizes.Expanded(_count));
                bucket = hash % _buckets.Length;
            }

            index = _count++;
        }

        ref Entry entry = ref _entries[index];
        entry.Hash = hash;
        entry.Next = _buckets[bucket] - 1;
        entry.Key = key;
        entry.Value = value;
        _buckets[bucket] = index + 1;
        _version++;
        return true;
    }

    private void Resize(int size)
    {
        var entries = new Entry[size];
        Array.Copy(_entries, entries, _count);
        _buckets = new int[size];
        for (int i = 0; i < _count; i++)
        {
            if (entries[i].Next < -1)
                continue;
            int bucket = entries[i].Hash % size;
            entries[i].Next = _buckets[bucket] - 1;
            _buckets[bucket] = i + 1;
        }

        _entries = entries;
    }

    // Next: the following entry in the bucket's chain (-1 ends it); a free entry holds -3 - (next free entry).
    private struct Entry
    {
        public int Hash;
        public int Next;
        public TKey Key;
        public TValue Value;
    }

    /// <summary>The cursor over a dictionary's pairs.</summary>
    public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>
    {
        private readonly Dictionary<TKey, TValue> _dictionary;
        private readonly int _version;
        private int _index;
        private KeyValuePair<TKey, TValue> _current;

        internal Enumerator(Dictionary<TKey, TValue> dictionary)
        {
            _dictionary = dictionary;
            _version = dictionary._version;
            _index = 0;
            _current = default;
        }

        /// <summary>The pair at the cursor.</summary>
        public KeyValuePair<TKey, TValue> Current => _current;

        object IEnumerator.Current => _current;

        /// <summary>Moves to the next pair.</summary>
        /// <returns>False past the end.</returns>
        public bool MoveNext()
        {
            if (_version != _dictionary._version)
                throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
            while ((uint)_index < (uint)_dictionary._count)
            {
                ref Entry entry = ref _dictionary._entries[_index++];
                if (entry.Next >= -1)
                {
                    _current = new KeyValuePair<TKey, TValue>(entry.Key, entry.Value);
                    return true;
                }
            }

            _index = _dictionary._count + 1;
            _current = default;
            return false;
        }

        /// <summary>Moves back before the first pair.</summary>
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

    /// <summary>The keys of a dictionary, in entry order.</summary>
    public sealed class KeyCollection : ICollection<TKey>, IReadOnlyCollection<TKey>
    {
        private readonly Dictionary<TKey, TValue> _dictionary;

        /// <summary>The keys of <paramref name="dictionary"/>.</summary>
        /// <param name="dictionary">The dictionary.</param>
        public KeyCollection(Dictionary<TKey, TValue> dictionary) => _dictionary = dictionary;

        /// <summary>The key count.</summary>
        public int Count => _dictionary.Count;

        bool ICollection<TKey>.IsReadOnly => true;

        /// <summary>Copies the keys into <paramref name="array"/>.</summary>
        /// <param name="array">The target.</param>
        /// <param name="index">The first index written.</param>
        public void CopyTo(TKey[] array, int index)
        {
            foreach (TKey key in this)
                array[index++] = key;
        }

        /// <summary>An enumerator of the keys.</summary>
        /// <returns>The enumerator.</returns>
        public Enumerator GetEnumerator() => new Enumerator(_dictionary);

        IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator() => new Enumerator(_dictionary);

        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(_dictionary);

        bool ICollection<TKey>.Contains(TKey item) => _dictionary.ContainsKey(item);

        void ICollection<TKey>.Add(TKey item) => throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");

        void ICollection<TKey>.Clear() => throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");

        bool ICollection<TKey>.Remove(TKey item) => throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");

        /// <summary>The cursor over the keys.</summary>
        public struct Enumerator : IEnumerator<TKey>
        {
            private Dictionary<TKey, TValue>.Enumerator _pairs;

            internal Enumerator(Dictionary<TKey, TValue> dictionary) => _pairs = new Dictionary<TKey, TValue>.Enumerator(dictionary);

            /// <summary>The key at the cursor.</summary>
            public TKey Current => _pairs.Current.Key;

            object IEnumerator.Current => Current;

            /// <summary>Moves to the next key.</summary>
            /// <returns>False past the end.</returns>
            public bool MoveNext() => _pairs.MoveNext();

            /// <summary>Moves back before the first key.</summary>
            public void Reset() => _pairs.Reset();

            /// <summary>Nothing to release.</summary>
            public void Dispose()
            {
            }
        }
    }

    /// <summary>The values of a dictionary, in entry order.</summary>
    public sealed class ValueCollection : ICollection<TValue>, IReadOnlyCollection<TValue>
    {
        private readonly Dictionary<TKey, TValue> _dictionary;

        /// <summary>The values of <paramref name="dictionary"/>.</summary>
        /// <param name="dictionary">The dictionary.</param>
        public ValueCollection(Dictionary<TKey, TValue> dictionary) => _dictionary = dictionary;

        /// <summary>The value count.</summary>
        public int Count => _dictionary.Count;

        bool ICollection<TValue>.IsReadOnly => true;

        /// <summary>Copies the values into <paramref name="array"/>.</summary>
        /// <param name="array">The target.</param>
        /// <param name="index">The first index written.</param>
        public void CopyTo(TValue[] array, int index)
        {
            foreach (TValue value in this)
                array[index++] = value;
        }

        /// <summary>An enumerator of the values.</summary>
        /// <returns>The enumerator.</returns>
        public Enumerator GetEnumerator() => new Enumerator(_dictionary);

        IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator() => new Enumerator(_dictionary);

        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(_dictionary);

        bool ICollection<TValue>.Contains(TValue item) => _dictionary.ContainsValue(item);

        void ICollection<TValue>.Add(TValue item) => throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");

        void ICollection<TValue>.Clear() => throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");

        bool ICollection<TValue>.Remove(TValue item) => throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");

        /// <summary>The cursor over the values.</summary>
        public struct Enumerator : IEnumerator<TValue>
        {
            private Dictionary<TKey, TValue>.Enumerator _pairs;

            internal Enumerator(Dictionary<TKey, TValue> dictionary) => _pairs = new Dictionary<TKey, TValue>.Enumerator(dictionary);

            /// <summary>The value at the cursor.</summary>
            public TValue Current => _pairs.Current.Value;

            object IEnumerator.Current => Current;

            /// <summary>Moves to the next value.</summary>
            /// <returns>False past the end.</returns>
            public bool MoveNext() => _pairs.MoveNext();

            /// <summary>Moves back before the first value.</summary>
            public void Reset() => _pairs.Reset();

            /// <summary>Nothing to release.</summary>
            public void Dispose()
            {
            }
        }
    }
}
