using Minix.Runtime;

namespace System;

/// <summary>The process heap is exhausted.</summary>
public class OutOfMemoryException : SystemException
{
    /// <summary>Creates the exception with no message.</summary>
    public OutOfMemoryException()
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
