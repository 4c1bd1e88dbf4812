using System;

namespace System.IO;

/// <summary>A directory on the path does not exist.</summary>
public class DirectoryNotFoundException : IOException
{
    /// <summary>Creates the exception with .NET's default message.</summary>
    public DirectoryNotFoundException()
        : base("Attempted to access a path that is not on the disk.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public DirectoryNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public DirectoryNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
