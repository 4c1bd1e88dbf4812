using System;

namespace System.IO;

/// <summary>A read went past the end of a stream.</summary>
public class EndOfStreamException : IOException
{
    /// <summary>Creates the exception with .NET's default message.</summary>
    public EndOfStreamException()
        : base("Attempted to read past the end of the stream.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public EndOfStreamException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public EndOfStreamException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
