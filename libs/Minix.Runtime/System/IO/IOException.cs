using System;

namespace System.IO;

/// <summary>An input or output operation failed.</summary>
public class IOException : SystemException
{
    /// <summary>Creates the exception with .NET's default message.</summary>
    public IOException()
        : base("I/O error occurred.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public IOException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public IOException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
