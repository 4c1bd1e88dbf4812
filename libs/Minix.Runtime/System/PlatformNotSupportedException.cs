using Minix.Runtime;

namespace System;

/// <summary>An operation the image platform does not support.</summary>
public class PlatformNotSupportedException : NotSupportedException
{
    /// <summary>Creates the exception with .NET's default message.</summary>
    public PlatformNotSupportedException()
        : base("Operation is not supported on this platform.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public PlatformNotSupportedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public PlatformNotSupportedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc/>
    public override FaultKind Kind => FaultKind.PlatformNotSupported;
}
