using Minix.Runtime;

namespace System;

/// <summary>A method that has no implementation yet.</summary>
public class NotImplementedException : SystemException
{
    /// <summary>Creates the exception with .NET's default message.</summary>
    public NotImplementedException()
        : base("The method or operation is not implemented.")
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
