using Minix.Runtime;

namespace System;

/// <summary>A cast to a type the object does not have.</summary>
public class InvalidCastException : SystemException
{
    /// <summary>Creates the exception with .NET's default message.</summary>
    public InvalidCastException()
        : base("Specified cast is not valid.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public InvalidCastException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidCastException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc/>
    public override FaultKind Kind => FaultKind.InvalidCast;
}
