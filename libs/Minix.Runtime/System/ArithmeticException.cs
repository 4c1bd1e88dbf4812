using Minix.Runtime;

namespace System;

/// <summary>An arithmetic, casting or conversion error.</summary>
public class ArithmeticException : SystemException
{
    /// <summary>Creates the exception with .NET's default message.</summary>
    public ArithmeticException()
        : base("Overflow or underflow in the arithmetic operation.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public ArithmeticException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ArithmeticException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc/>
    public override FaultKind Kind => FaultKind.Arithmetic;
}
