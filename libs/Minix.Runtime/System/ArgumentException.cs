using Minix.Runtime;

namespace System;

/// <summary>An argument is not valid.</summary>
public class ArgumentException : SystemException
{
    private readonly string _paramName;

    /// <summary>Creates the exception with .NET's default message.</summary>
    public ArgumentException()
        : base("Value does not fall within the expected range.")
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
        _paramName = paramName;
    }

    /// <summary>Creates the exception for a parameter, with a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="paramName">The parameter at fault.</param>
    /// <param name="innerException">The cause.</param>
    public ArgumentException(string message, string paramName, Exception innerException)
        : base(message, innerException)
    {
        _paramName = paramName;
    }

    /// <summary>The message, with the parameter's name after it as .NET writes it.</summary>
    public override string Message
    {
        get
        {
            string message = base.Message;
            return string.IsNullOrEmpty(_paramName) ? message : message + " (Parameter '" + _paramName + "')";
        }
    }

    /// <summary>The parameter at fault, if known.</summary>
    public virtual string ParamName => _paramName;

    /// <summary>Throws if <paramref name="argument"/> is null or empty.</summary>
    /// <param name="argument">The string.</param>
    /// <param name="paramName">Its parameter's name.</param>
    public static void ThrowIfNullOrEmpty(string argument, string paramName = null)
    {
        ArgumentNullException.ThrowIfNull(argument, paramName);
        if (argument.Length == 0)
            throw new ArgumentException("The value cannot be an empty string.", paramName);
    }

    /// <inheritdoc/>
    public override FaultKind Kind => FaultKind.Argument;
}
