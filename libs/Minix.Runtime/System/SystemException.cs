using Minix.Runtime;

namespace System;

/// <summary>The base of exceptions the runtime itself raises.</summary>
public class SystemException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public SystemException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public SystemException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public SystemException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc/>
    public override FaultKind Kind => FaultKind.Exception;
}
