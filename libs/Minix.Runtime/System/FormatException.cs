using Minix.Runtime;

namespace System;

/// <summary>Text that does not have the expected format.</summary>
public class FormatException : SystemException
{
    /// <summary>Creates the exception with no message.</summary>
    public FormatException()
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
