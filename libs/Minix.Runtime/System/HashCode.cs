namespace System;

/// <summary>Combines hash codes (with a fixed seed in the image, where .NET's is random per process).</summary>
public struct HashCode
{
    private uint _hash;
    private int _count;

    /// <summary>A hash of two values.</summary>
    /// <typeparam name="T1">The first type.</typeparam>
    /// <typeparam name="T2">The second type.</typeparam>
    /// <param name="value1">The first.</param>
    /// <param name="value2">The second.</param>
    /// <returns>The hash.</returns>
    public static int Combine<T1, T2>(T1 value1, T2 value2)
    {
        var hash = new HashCode();
        hash.Add(value1);
        hash.Add(value2);
        return hash.ToHashCode();
    }

    /// <summary>A hash of three values.</summary>
    /// <typeparam name="T1">The first type.</typeparam>
    /// <typeparam name="T2">The second type.</typeparam>
    /// <typeparam name="T3">The third type.</typeparam>
    /// <param name="value1">The first.</param>
    /// <param name="value2">The second.</param>
    /// <param name="value3">The third.</param>
    /// <returns>The hash.</returns>
    public static int Combine<T1, T2, T3>(T1 value1, T2 value2, T3 value3)
    {
        var hash = new HashCode();
        hash.Add(value1);
        hash.Add(value2);
        hash.Add(value3);
        return hash.ToHashCode();
    }

    /// <summary>A hash of four values.</summary>
    /// <typeparam name="T1">The first type.</typeparam>
    /// <typeparam name="T2">The second type.</typeparam>
    /// <typeparam name="T3">The third type.</typeparam>
    /// <typeparam name="T4">The fourth type.</typeparam>
    /// <param name="value1">The first.</param>
    /// <param name="value2">The second.</param>
    /// <param name="value3">The third.</param>
    /// <param name="value4">The fourth.</param>
    /// <returns>The hash.</returns>
    public static int Combine<T1, T2, T3, T4>(T1 value1, T2 value2, T3 value3, T4 value4)
    {
        var hash = new HashCode();
        hash.Add(value1);
        hash.Add(value2);
        hash.Add(value3);
        hash.Add(value4);
        return hash.ToHashCode();
    }

    /// <summary>Adds a value to the hash.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    public void Add<T>(T value)
    {
        uint h = (uint)(value is null ? 0 : System.Collections.Generic.EqualityComparer<T>.Default.GetHashCode(value));
        _hash = System.Numerics.BitOperations.RotateLeft(_hash ^ (h * 0x9E3779B1u), 13) * 0x85EBCA77u + 0x165667B1u;
        _count++;
    }

    /// <summary>The hash of what was added.</summary>
    /// <returns>The hash.</returns>
    public readonly int ToHashCode()
    {
        uint h = _hash ^ (uint)_count;
        h ^= h >> 15;
        h *= 0x85EBCA77u;
        h ^= h >> 13;
        return (int)h;
    }
}
