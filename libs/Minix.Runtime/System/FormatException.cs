using Minix.Runtime;

namespace System;

/// <summary>Text in the wrong format (a parse or a format string).</summary>
public class FormatException : SystemException
{
    /// <summary>Creates the exception with .NET's default message.</summary>
    public FormatException()
        : base("One of the identified items was in an invalid format.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public FormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public FormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc/>
    public override FaultKind Kind => FaultKind.Format;
}
