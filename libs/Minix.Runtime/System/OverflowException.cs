using Minix.Runtime;

namespace System;

/// <summary>A checked operation or conversion overflowed.</summary>
public class OverflowException : ArithmeticException
{
    /// <summary>Creates the exception with .NET's default message.</summary>
    public OverflowException()
        : base("Arithmetic operation resulted in an overflow.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public OverflowException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public OverflowException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc/>
    public override FaultKind Kind => FaultKind.Overflow;
}
