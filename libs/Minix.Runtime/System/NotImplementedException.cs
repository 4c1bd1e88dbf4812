using Minix.Runtime;

namespace System;

/// <summary>An operation not implemented yet.</summary>
public class NotImplementedException : SystemException
{
    /// <summary>Creates the exception with no message.</summary>
    public NotImplementedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public NotImplementedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public NotImplementedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc/>
    public override FaultKind Kind => FaultKind.NotImplemented;
}
