namespace System;

/// <summary>An ordering of two values.</summary>
/// <typeparam name="T">The values' type.</typeparam>
/// <param name="x">One value.</param>
/// <param name="y">The other.</param>
/// <returns>Negative, zero or positive as <paramref name="x"/> is below, equal to or above <paramref name="y"/>.</returns>
public delegate int Comparison<in T>(T x, T y);
