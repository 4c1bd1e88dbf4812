namespace System.Collections.Generic;

/// <summary>A map from keys to values.</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public interface IDictionary<TKey, TValue> : ICollection<KeyValuePair<TKey, TValue>>
{
    /// <summary>The value of <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    TValue this[TKey key] { get; set; }

    /// <summary>The keys.</summary>
    ICollection<TKey> Keys { get; }

    /// <summary>The values.</summary>
    ICollection<TValue> Values { get; }

    /// <summary>Adds a key and its value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    void Add(TKey key, TValue value);

    /// <summary>Whether <paramref name="key"/> is present.</summary>
    /// <param name="key">The key.</param>
    /// <returns>True if present.</returns>
    bool ContainsKey(TKey key);

    /// <summary>Removes <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>False if it was not there.</returns>
    bool Remove(TKey key);

    /// <summary>The value of <paramref name="key"/>, if present.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, or default.</param>
    /// <returns>True if present.</returns>
    bool TryGetValue(TKey key, out TValue value);
}
