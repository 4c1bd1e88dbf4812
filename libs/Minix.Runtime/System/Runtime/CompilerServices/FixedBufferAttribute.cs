namespace System.Runtime.CompilerServices;

/// <summary>Compiler marker: a <c>fixed</c> buffer field.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class FixedBufferAttribute : Attribute
{
    /// <summary>Creates the marker.</summary>
    /// <param name="elementType">The element type.</param>
    /// <param name="length">The number of elements.</param>
    public FixedBufferAttribute(Type elementType, int length)
    {
        ElementType = elementType;
        Length = length;
    }

    /// <summary>The element type.</summary>
    public Type ElementType { get; }

    /// <summary>The number of elements.</summary>
    public int Length { get; }
}
