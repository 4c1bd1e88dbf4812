using Minix.Runtime;

namespace System;

/// <summary>A null argument where one is not allowed.</summary>
public class ArgumentNullException : ArgumentException
{
    /// <summary>Creates the exception with no parameter name.</summary>
    public ArgumentNullException()
    {
    }

    /// <summary>Creates the exception for a parameter.</summary>
    /// <param name="paramName">The parameter.</param>
    public ArgumentNullException(string paramName)
        : base(null, paramName)
    {
    }

    /// <summary>Creates the exception for a parameter with a message.</summary>
    /// <param name="paramName">The parameter.</param>
    /// <param name="message">What went wrong.</param>
    public ArgumentNullException(string paramName, string message)
        : base(message, paramName)
    {
    }

    /// <inheritdoc/>
    public override FaultKind Kind => FaultKind.ArgumentNull;
}
