using Minix.Runtime;

namespace System;

/// <summary>A store of the wrong type into a covariant array.</summary>
public class ArrayTypeMismatchException : SystemException
{
    /// <summary>Creates the exception with .NET's default message.</summary>
    public ArrayTypeMismatchException()
        : base("Attempted to access an element as a type incompatible with the array.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public ArrayTypeMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ArrayTypeMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc/>
    public override FaultKind Kind => FaultKind.ArrayTypeMismatch;
}
