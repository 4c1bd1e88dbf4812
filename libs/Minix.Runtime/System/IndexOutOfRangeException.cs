using Minix.Runtime;

namespace System;

/// <summary>An index outside an array's or string's bounds.</summary>
public class IndexOutOfRangeException : SystemException
{
    /// <summary>Creates the exception with .NET's default message.</summary>
    public IndexOutOfRangeException()
        : base("Index was outside the bounds of the array.")
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
