using Minix.Runtime;

namespace System;

/// <summary>An argument outside its allowed range.</summary>
public class ArgumentOutOfRangeException : ArgumentException
{
    /// <summary>Creates the exception with no parameter name.</summary>
    public ArgumentOutOfRangeException()
    {
    }

    /// <summary>Creates the exception for a parameter.</summary>
    /// <param name="paramName">The parameter.</param>
    public ArgumentOutOfRangeException(string paramName)
        : base(null, paramName)
    {
    }

    /// <summary>Creates the exception for a parameter with a message.</summary>
    /// <param name="paramName">The parameter.</param>
    /// <param name="message">What went wrong.</param>
    public ArgumentOutOfRangeException(string paramName, string message)
        : base(message, paramName)
    {
    }

    /// <inheritdoc/>
    public override FaultKind Kind => FaultKind.ArgumentOutOfRange;
}
