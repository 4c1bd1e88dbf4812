namespace System.Collections.Generic;

/// <summary>An order of values.</summary>
/// <typeparam name="T">The value type.</typeparam>
public interface IComparer<in T>
{
    /// <summary>Orders two values.</summary>
    /// <param name="x">One value.</param>
    /// <param name="y">The other.</param>
    /// <returns>Negative, zero or positive as <paramref name="x"/> is below, equal to or above <paramref name="y"/>.</returns>
    int Compare(T x, T y);
}
