using Minix.Runtime;

namespace System;

/// <summary>An argument is not valid.</summary>
public class ArgumentException : SystemException
{
    /// <summary>Creates the exception with no message.</summary>
    public ArgumentException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public ArgumentException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ArgumentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a parameter.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="paramName">The parameter at fault.</param>
    public ArgumentException(string message, string paramName)
        : base(message)
    {
        ParamName = paramName;
    }

    /// <summary>The parameter at fault, if known.</summary>
    public virtual string ParamName { get; }

    /// <inheritdoc/>
    public override FaultKind Kind => FaultKind.Argument;
}
