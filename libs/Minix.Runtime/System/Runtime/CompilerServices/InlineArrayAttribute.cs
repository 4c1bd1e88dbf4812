namespace System.Runtime.CompilerServices;

/// <summary>Makes a struct with one field a fixed-length array of that field.</summary>
[AttributeUsage(AttributeTargets.Struct)]
public sealed class InlineArrayAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="length">The number of elements.</param>
    public InlineArrayAttribute(int length) => Length = length;

    /// <summary>The number of elements.</summary>
    public int Length { get; }
}
