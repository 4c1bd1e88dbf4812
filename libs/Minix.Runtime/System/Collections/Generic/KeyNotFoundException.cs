using Minix.Runtime;
using System;

namespace System.Collections.Generic;

/// <summary>A key looked up in a collection that lacks it.</summary>
public class KeyNotFoundException : SystemException
{
    /// <summary>Creates the exception with .NET's default message.</summary>
    public KeyNotFoundException()
        : base("The given key was not present in the dictionary.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public KeyNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public KeyNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc/>
    public override FaultKind Kind => FaultKind.Exception;
}
