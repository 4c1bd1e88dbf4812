namespace System;

/// <summary>A conversion of a value.</summary>
/// <typeparam name="TInput">The input type.</typeparam>
/// <typeparam name="TOutput">The output type.</typeparam>
/// <param name="input">The value.</param>
/// <returns>The converted value.</returns>
public delegate TOutput Converter<in TInput, out TOutput>(TInput input);
