namespace System;

/// <summary>A test of a value.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="obj">The value.</param>
/// <returns>Whether it passes.</returns>
public delegate bool Predicate<in T>(T obj);
