using Minix.Runtime;

namespace System;

/// <summary>A null argument where one is required.</summary>
public class ArgumentNullException : ArgumentException
{
    private const string DefaultMessage = "Value cannot be null.";

    /// <summary>Creates the exception with .NET's default message.</summary>
    public ArgumentNullException()
        : base(DefaultMessage)
    {
    }

    /// <summary>Creates the exception for a parameter.</summary>
    /// <param name="paramName">The parameter.</param>
    public ArgumentNullException(string paramName)
        : base(DefaultMessage, paramName)
    {
    }

    /// <summary>Creates the exception for a parameter with a message.</summary>
    /// <param name="paramName">The parameter.</param>
    /// <param name="message">What went wrong.</param>
    public ArgumentNullException(string paramName, string message)
        : base(message, paramName)
    {
    }

    /// <summary>Throws if <paramref name="argument"/> is null.</summary>
    /// <param name="argument">The argument.</param>
    /// <param name="paramName">Its parameter's name.</param>
    public static void ThrowIfNull(object argument, string paramName = null)
    {
        if (argument is null)
            throw new ArgumentNullException(paramName);
    }

    /// <inheritdoc/>
    public override FaultKind Kind => FaultKind.ArgumentNull;
}
