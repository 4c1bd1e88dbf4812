using Minix.Runtime;

namespace System;

/// <summary>An operation the object does not support.</summary>
public class NotSupportedException : SystemException
{
    /// <summary>Creates the exception with .NET's default message.</summary>
    public NotSupportedException()
        : base("Specified method is not supported.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public NotSupportedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public NotSupportedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc/>
    public override FaultKind Kind => FaultKind.NotSupported;
}
