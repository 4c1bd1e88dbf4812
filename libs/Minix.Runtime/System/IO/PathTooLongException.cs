using System;

namespace System.IO;

/// <summary>A path or one of its components is too long.</summary>
public class PathTooLongException : IOException
{
    /// <summary>Creates the exception with .NET's default message.</summary>
    public PathTooLongException()
        : base("The specified file name or path is too long, or a component of the specified path is too long.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public PathTooLongException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public PathTooLongException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
