using Minix.Runtime;

namespace System;

/// <summary>
/// The base of every exception. In the image a <c>throw</c> never unwinds: it ends the process through the fault
/// hook, reporting <see cref="Kind"/> and <see cref="Message"/>.
/// </summary>
public class Exception
{
    private readonly string _message;

    /// <summary>Creates an exception with no message.</summary>
    public Exception()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public Exception(string message) => _message = message;

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public Exception(string message, Exception innerException)
    {
        _message = message;
        InnerException = innerException;
    }

    /// <summary>What went wrong (may be null).</summary>
    public virtual string Message => _message;

    /// <summary>The exception that caused this one, if any.</summary>
    public Exception InnerException { get; }

    /// <summary>The fault kind the image reports when this exception is thrown.</summary>
    public virtual FaultKind Kind => FaultKind.Exception;
}
