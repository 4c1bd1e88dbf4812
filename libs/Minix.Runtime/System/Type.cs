namespace System;

/// <summary>A type, as <c>typeof</c> names it. The image has no reflection: only identity is available.</summary>
public abstract class Type
{
    /// <summary>The handle of the type.</summary>
    public abstract RuntimeTypeHandle TypeHandle { get; }

    /// <summary>The type of a handle.</summary>
    /// <param name="handle">The handle.</param>
    /// <returns>Never returns: types are not materialized in the image.</returns>
    /// <exception cref="NotSupportedException">Always.</exception>
    public static Type GetTypeFromHandle(RuntimeTypeHandle handle) => throw new NotSupportedException("typeof(T) as an object");
}
