using Minix.Runtime;

namespace System;

/// <summary>An integer division by zero.</summary>
public class DivideByZeroException : ArithmeticException
{
    /// <summary>Creates the exception with .NET's default message.</summary>
    public DivideByZeroException()
        : base("Attempted to divide by zero.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public DivideByZeroException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public DivideByZeroException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc/>
    public override FaultKind Kind => FaultKind.DivideByZero;
}
