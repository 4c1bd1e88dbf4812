using Minix.Runtime;

namespace System;

/// <summary>A member access through a null reference.</summary>
public class NullReferenceException : SystemException
{
    /// <summary>Creates the exception with .NET's default message.</summary>
    public NullReferenceException()
        : base("Object reference not set to an instance of an object.")
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
