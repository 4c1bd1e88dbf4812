using Minix.Runtime;

namespace System;

/// <summary>A call not valid in the object's current state.</summary>
public class InvalidOperationException : SystemException
{
    /// <summary>Creates the exception with .NET's default message.</summary>
    public InvalidOperationException()
        : base("Operation is not valid due to the current state of the object.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public InvalidOperationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidOperationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc/>
    public override FaultKind Kind => FaultKind.InvalidOperation;
}
