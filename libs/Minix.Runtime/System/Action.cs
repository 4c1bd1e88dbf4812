namespace System;

/// <summary>A method with no parameters and no result.</summary>
public delegate void Action();

/// <summary>A method with one parameter and no result.</summary>
/// <typeparam name="T">The parameter type.</typeparam>
/// <param name="obj">The argument.</param>
public delegate void Action<in T>(T obj);

/// <summary>A method with two parameters and no result.</summary>
/// <typeparam name="T1">The first parameter type.</typeparam>
/// <typeparam name="T2">The second parameter type.</typeparam>
/// <param name="arg1">The first argument.</param>
/// <param name="arg2">The second argument.</param>
public delegate void Action<in T1, in T2>(T1 arg1, T2 arg2);
