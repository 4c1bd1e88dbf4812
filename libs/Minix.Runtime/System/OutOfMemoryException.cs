using Minix.Runtime;

namespace System;

/// <summary>The heap reached the process's limit.</summary>
public class OutOfMemoryException : SystemException
{
    /// <summary>Creates the exception with .NET's default message.</summary>
    public OutOfMemoryException()
        : base("Insufficient memory to continue the execution of the program.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public OutOfMemoryException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public OutOfMemoryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc/>
    public override FaultKind Kind => FaultKind.OutOfMemory;
}
