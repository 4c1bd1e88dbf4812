namespace System.Collections.Generic;

/// <summary>A read-only map from keys to values.</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public interface IReadOnlyDictionary<TKey, TValue> : IReadOnlyCollection<KeyValuePair<TKey, TValue>>
{
    /// <summary>The value of <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    TValue this[TKey key] { get; }

    /// <summary>The keys.</summary>
    IEnumerable<TKey> Keys { get; }

    /// <summary>The values.</summary>
    IEnumerable<TValue> Values { get; }

    /// <summary>Whether <paramref name="key"/> is present.</summary>
    /// <param name="key">The key.</param>
    /// <returns>True if present.</returns>
    bool ContainsKey(TKey key);

    /// <summary>The value of <paramref name="key"/>, if present.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, or default.</param>
    /// <returns>True if present.</returns>
    bool TryGetValue(TKey key, out TValue value);
}
