using Minix.Runtime;

namespace System;

/// <summary>An array or span index outside its bounds.</summary>
public class IndexOutOfRangeException : SystemException
{
    /// <summary>Creates the exception with no message.</summary>
    public IndexOutOfRangeException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public IndexOutOfRangeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public IndexOutOfRangeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc/>
    public override FaultKind Kind => FaultKind.IndexOutOfRange;
}
