using Minix.Runtime;

namespace System;

/// <summary>A null reference was dereferenced.</summary>
public class NullReferenceException : SystemException
{
    /// <summary>Creates the exception with no message.</summary>
    public NullReferenceException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public NullReferenceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public NullReferenceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc/>
    public override FaultKind Kind => FaultKind.NullReference;
}
