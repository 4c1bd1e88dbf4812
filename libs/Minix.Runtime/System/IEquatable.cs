namespace System;

/// <summary>A type whose values can be compared for equality without boxing.</summary>
/// <typeparam name="T">The type compared.</typeparam>
public interface IEquatable<T>
{
    /// <summary>Value equality.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>True if equal.</returns>
    bool Equals(T other);
}
