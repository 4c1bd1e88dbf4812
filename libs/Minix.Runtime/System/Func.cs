namespace System;

/// <summary>A method with no parameters returning <typeparamref name="TResult"/>.</summary>
/// <typeparam name="TResult">The result type.</typeparam>
/// <returns>The result.</returns>
public delegate TResult Func<out TResult>();

/// <summary>A method with 1 parameter returning <typeparamref name="TResult"/>.</summary>
/// <typeparam name="T">Parameter type 1.</typeparam>
/// <typeparam name="TResult">The result type.</typeparam>
/// <param name="arg">Argument 1.</param>
/// <returns>The result.</returns>
public delegate TResult Func<in T, out TResult>(T arg);

/// <summary>A method with 2 parameters returning <typeparamref name="TResult"/>.</summary>
/// <typeparam name="T1">Parameter type 1.</typeparam>
/// <typeparam name="T2">Parameter type 2.</typeparam>
/// <typeparam name="TResult">The result type.</typeparam>
/// <param name="arg1">Argument 1.</param>
/// <param name="arg2">Argument 2.</param>
/// <returns>The result.</returns>
public delegate TResult Func<in T1, in T2, out TResult>(T1 arg1, T2 arg2);

/// <summary>A method with 3 parameters returning <typeparamref name="TResult"/>.</summary>
/// <typeparam name="T1">Parameter type 1.</typeparam>
/// <typeparam name="T2">Parameter type 2.</typeparam>
/// <typeparam name="T3">Parameter type 3.</typeparam>
/// <typeparam name="TResult">The result type.</typeparam>
/// <param name="arg1">Argument 1.</param>
/// <param name="arg2">Argument 2.</param>
/// <param name="arg3">Argument 3.</param>
/// <returns>The result.</returns>
public delegate TResult Func<in T1, in T2, in T3, out TResult>(T1 arg1, T2 arg2, T3 arg3);

/// <summary>A method with 4 parameters returning <typeparamref name="TResult"/>.</summary>
/// <typeparam name="T1">Parameter type 1.</typeparam>
/// <typeparam name="T2">Parameter type 2.</typeparam>
/// <typeparam name="T3">Parameter type 3.</typeparam>
/// <typeparam name="T4">Parameter type 4.</typeparam>
/// <typeparam name="TResult">The result type.</typeparam>
/// <param name="arg1">Argument 1.</param>
/// <param name="arg2">Argument 2.</param>
/// <param name="arg3">Argument 3.</param>
/// <param name="arg4">Argument 4.</param>
/// <returns>The result.</returns>
public delegate TResult Func<in T1, in T2, in T3, in T4, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4);

/// <summary>A method with 5 parameters returning <typeparamref name="TResult"/>.</summary>
/// <typeparam name="T1">Parameter type 1.</typeparam>
/// <typeparam name="T2">Parameter type 2.</typeparam>
/// <typeparam name="T3">Parameter type 3.</typeparam>
/// <typeparam name="T4">Parameter type 4.</typeparam>
/// <typeparam name="T5">Parameter type 5.</typeparam>
/// <typeparam name="TResult">The result type.</typeparam>
/// <param name="arg1">Argument 1.</param>
/// <param name="arg2">Argument 2.</param>
/// <param name="arg3">Argument 3.</param>
/// <param name="arg4">Argument 4.</param>
/// <param name="arg5">Argument 5.</param>
/// <returns>The result.</returns>
public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5);

/// <summary>A method with 6 parameters returning <typeparamref name="TResult"/>.</summary>
/// <typeparam name="T1">Parameter type 1.</typeparam>
/// <typeparam name="T2">Parameter type 2.</typeparam>
/// <typeparam name="T3">Parameter type 3.</typeparam>
/// <typeparam name="T4">Parameter type 4.</typeparam>
/// <typeparam name="T5">Parameter type 5.</typeparam>
/// <typeparam name="T6">Parameter type 6.</typeparam>
/// <typeparam name="TResult">The result type.</typeparam>
/// <param name="arg1">Argument 1.</param>
/// <param name="arg2">Argument 2.</param>
/// <param name="arg3">Argument 3.</param>
/// <param name="arg4">Argument 4.</param>
/// <param name="arg5">Argument 5.</param>
/// <param name="arg6">Argument 6.</param>
/// <returns>The result.</returns>
public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, in T6, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6);
