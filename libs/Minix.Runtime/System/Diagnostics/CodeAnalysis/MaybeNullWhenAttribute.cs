namespace System.Diagnostics.CodeAnalysis;

/// <summary>Nullability: may be null when the method returns the given value.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class MaybeNullWhenAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="returnValue">The return value that implies maybe null.</param>
    public MaybeNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

    /// <summary>The return value that implies maybe null.</summary>
    public bool ReturnValue { get; }
}
