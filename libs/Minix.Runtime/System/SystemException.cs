using Minix.Runtime;

namespace System;

/// <summary>The base of the exceptions the runtime itself raises.</summary>
public class SystemException : Exception
{
    /// <summary>Creates the exception with .NET's default message.</summary>
    public SystemException()
        : base("System error.")
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
