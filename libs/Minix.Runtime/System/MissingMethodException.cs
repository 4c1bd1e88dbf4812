using Minix.Runtime;

namespace System;

/// <summary>A method the caller needs does not exist (a type without a parameterless constructor for <c>new T()</c>).</summary>
public class MissingMethodException : SystemException
{
    /// <summary>Creates the exception with .NET's default message.</summary>
    public MissingMethodException()
        : base("Attempted to access a missing method.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public MissingMethodException(string message)
        : base(message)
    {
    }

    /// <inheritdoc/>
    public override FaultKind Kind => FaultKind.FeatureMissing;
}
