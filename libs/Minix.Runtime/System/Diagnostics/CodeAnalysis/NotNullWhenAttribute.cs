namespace System.Diagnostics.CodeAnalysis;

/// <summary>Nullability: not null when the method returns the given value.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class NotNullWhenAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="returnValue">The return value that implies not null.</param>
    public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

    /// <summary>The return value that implies not null.</summary>
    public bool ReturnValue { get; }
}
