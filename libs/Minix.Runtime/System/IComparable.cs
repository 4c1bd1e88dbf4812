namespace System;

/// <summary>A type whose values have an order.</summary>
/// <typeparam name="T">The type compared with.</typeparam>
public interface IComparable<in T>
{
    /// <summary>Orders this value against <paramref name="other"/>.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Negative, zero or positive as this value is below, equal to or above <paramref name="other"/>.</returns>
    int CompareTo(T other);
}

/// <summary>A type whose values have an order, compared with any object.</summary>
public interface IComparable
{
    /// <summary>Orders this value against <paramref name="obj"/>.</summary>
    /// <param name="obj">The other value.</param>
    /// <returns>Negative, zero or positive as this value is below, equal to or above <paramref name="obj"/>.</returns>
    int CompareTo(object obj);
}
