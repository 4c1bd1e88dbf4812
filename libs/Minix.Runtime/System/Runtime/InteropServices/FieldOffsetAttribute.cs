namespace System.Runtime.InteropServices;

/// <summary>The byte offset of a field in an explicit layout.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class FieldOffsetAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="offset">The byte offset.</param>
    public FieldOffsetAttribute(int offset) => Value = offset;

    /// <summary>The byte offset.</summary>
    public int Value { get; }
}
