using Minix.Runtime;

namespace System;

/// <summary>An argument outside its allowed range.</summary>
public class ArgumentOutOfRangeException : ArgumentException
{
    private const string DefaultMessage = "Specified argument was out of the range of valid values.";

    /// <summary>Creates the exception with .NET's default message.</summary>
    public ArgumentOutOfRangeException()
        : base(DefaultMessage)
    {
    }

    /// <summary>Creates the exception for a parameter.</summary>
    /// <param name="paramName">The parameter.</param>
    public ArgumentOutOfRangeException(string paramName)
        : base(DefaultMessage, paramName)
    {
    }

    /// <summary>Creates the exception for a parameter with a message.</summary>
    /// <param name="paramName">The parameter.</param>
    /// <param name="message">What went wrong.</param>
    public ArgumentOutOfRangeException(string paramName, string message)
        : base(message, paramName)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ArgumentOutOfRangeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Throws if <paramref name="value"/> is negative.</summary>
    /// <param name="value">The value.</param>
    /// <param name="paramName">Its parameter's name.</param>
    public static void ThrowIfNegative(int value, string paramName = null)
    {
        if (value < 0)
            throw new ArgumentOutOfRangeException(paramName, paramName + " ('" + value.ToString() + "') must be a non-negative value.");
    }

    /// <summary>Throws if <paramref name="value"/> is zero.</summary>
    /// <param name="value">The value.</param>
    /// <param name="paramName">Its parameter's name.</param>
    public static void ThrowIfZero(int value, string paramName = null)
    {
        if (value == 0)
            throw new ArgumentOutOfRangeException(paramName, paramName + " ('" + value.ToString() + "') must be a non-zero value.");
    }

    /// <summary>Throws if <paramref name="value"/> is greater than <paramref name="other"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="other">The largest allowed.</param>
    /// <param name="paramName">Its parameter's name.</param>
    public static void ThrowIfGreaterThan(int value, int other, string paramName = null)
    {
        if (value > other)
            throw new ArgumentOutOfRangeException(paramName, paramName + " ('" + value.ToString() + "') must be less than or equal to '" + other.ToString() + "'.");
    }

    /// <summary>Throws if <paramref name="value"/> is less than <paramref name="other"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="other">The smallest allowed.</param>
    /// <param name="paramName">Its parameter's name.</param>
    public static void ThrowIfLessThan(int value, int other, string paramName = null)
    {
        if (value < other)
            throw new ArgumentOutOfRangeException(paramName, paramName + " ('" + value.ToString() + "') must be greater than or equal to '" + other.ToString() + "'.");
    }

    /// <inheritdoc/>
    public override FaultKind Kind => FaultKind.ArgumentOutOfRange;
}
