namespace System;

/// <summary>A method with no parameters and no result.</summary>
public delegate void Action();

/// <summary>A method with 1 parameter and no result.</summary>
/// <typeparam name="T">Parameter type 1.</typeparam>
/// <param name="obj">Argument 1.</param>
public delegate void Action<in T>(T obj);

/// <summary>A method with 2 parameters and no result.</summary>
/// <typeparam name="T1">Parameter type 1.</typeparam>
/// <typeparam name="T2">Parameter type 2.</typeparam>
/// <param name="arg1">Argument 1.</param>
/// <param name="arg2">Argument 2.</param>
public delegate void Action<in T1, in T2>(T1 arg1, T2 arg2);

/// <summary>A method with 3 parameters and no result.</summary>
/// <typeparam name="T1">Parameter type 1.</typeparam>
/// <typeparam name="T2">Parameter type 2.</typeparam>
/// <typeparam name="T3">Parameter type 3.</typeparam>
/// <param name="arg1">Argument 1.</param>
/// <param name="arg2">Argument 2.</param>
/// <param name="arg3">Argument 3.</param>
public delegate void Action<in T1, in T2, in T3>(T1 arg1, T2 arg2, T3 arg3);

/// <summary>A method with 4 parameters and no result.</summary>
/// <typeparam name="T1">Parameter type 1.</typeparam>
/// <typeparam name="T2">Parameter type 2.</typeparam>
/// <typeparam name="T3">Parameter type 3.</typeparam>
/// <typeparam name="T4">Parameter type 4.</typeparam>
/// <param name="arg1">Argument 1.</param>
/// <param name="arg2">Argument 2.</param>
/// <param name="arg3">Argument 3.</param>
/// <param name="arg4">Argument 4.</param>
public delegate void Action<in T1, in T2, in T3, in T4>(T1 arg1, T2 arg2, T3 arg3, T4 arg4);

/// <summary>A method with 5 parameters and no result.</summary>
/// <typeparam name="T1">Parameter type 1.</typeparam>
/// <typeparam name="T2">Parameter type 2.</typeparam>
/// <typeparam name="T3">Parameter type 3.</typeparam>
/// <typeparam name="T4">Parameter type 4.</typeparam>
/// <typeparam name="T5">Parameter type 5.</typeparam>
/// <param name="arg1">Argument 1.</param>
/// <param name="arg2">Argument 2.</param>
/// <param name="arg3">Argument 3.</param>
/// <param name="arg4">Argument 4.</param>
/// <param name="arg5">Argument 5.</param>
public delegate void Action<in T1, in T2, in T3, in T4, in T5>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5);

/// <summary>A method with 6 parameters and no result.</summary>
/// <typeparam name="T1">Parameter type 1.</typeparam>
/// <typeparam name="T2">Parameter type 2.</typeparam>
/// <typeparam name="T3">Parameter type 3.</typeparam>
/// <typeparam name="T4">Parameter type 4.</typeparam>
/// <typeparam name="T5">Parameter type 5.</typeparam>
/// <typeparam name="T6">Parameter type 6.</typeparam>
/// <param name="arg1">Argument 1.</param>
/// <param name="arg2">Argument 2.</param>
/// <param name="arg3">Argument 3.</param>
/// <param name="arg4">Argument 4.</param>
/// <param name="arg5">Argument 5.</param>
/// <param name="arg6">Argument 6.</param>
public delegate void Action<in T1, in T2, in T3, in T4, in T5, in T6>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6);
