namespace System;

/// <summary>A method with no parameters returning <typeparamref name="TResult"/>.</summary>
/// <typeparam name="TResult">The result type.</typeparam>
/// <returns>The result.</returns>
public delegate TResult Func<out TResult>();

/// <summary>A method with one parameter returning <typeparamref name="TResult"/>.</summary>
/// <typeparam name="T">The parameter type.</typeparam>
/// <typeparam name="TResult">The result type.</typeparam>
/// <param name="arg">The argument.</param>
/// <returns>The result.</returns>
public delegate TResult Func<in T, out TResult>(T arg);

/// <summary>A method with two parameters returning <typeparamref name="TResult"/>.</summary>
/// <typeparam name="T1">The first parameter type.</typeparam>
/// <typeparam name="T2">The second parameter type.</typeparam>
/// <typeparam name="TResult">The result type.</typeparam>
/// <param name="arg1">The first argument.</param>
/// <param name="arg2">The second argument.</param>
/// <returns>The result.</returns>
public delegate TResult Func<in T1, in T2, out TResult>(T1 arg1, T2 arg2);
