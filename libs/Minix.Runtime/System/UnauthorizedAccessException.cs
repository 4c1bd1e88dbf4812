namespace System;

/// <summary>The system refused access (a path's permissions, a directory opened as a file).</summary>
public class UnauthorizedAccessException : SystemException
{
    /// <summary>Creates the exception with .NET's default message.</summary>
    public UnauthorizedAccessException()
        : base("Attempted to perform an unauthorized operation.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public UnauthorizedAccessException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public UnauthorizedAccessException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
