namespace System.Collections.Generic;

/// <summary>A key with its value.</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public readonly struct KeyValuePair<TKey, TValue>
{
    private readonly TKey key;
    private readonly TValue value;

    /// <summary>Creates the pair.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    public KeyValuePair(TKey key, TValue value)
    {
        this.key = key;
        this.value = value;
    }

    /// <summary>The key.</summary>
    public TKey Key => key;

    /// <summary>The value.</summary>
    public TValue Value => value;

    /// <summary>Splits the pair (for deconstruction).</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    public void Deconstruct(out TKey key, out TValue value)
    {
        key = this.key;
        value = this.value;
    }

    /// <summary>"[key, value]", as .NET writes it.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "[" + key?.ToString() + ", " + value?.ToString() + "]";
}

/// <summary>Creates <see cref="KeyValuePair{TKey, TValue}"/> values.</summary>
public static class KeyValuePair
{
    /// <summary>A pair of <paramref name="key"/> and <paramref name="value"/>.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>The pair.</returns>
    public static KeyValuePair<TKey, TValue> Create<TKey, TValue>(TKey key, TValue value) => new(key, value);
}
