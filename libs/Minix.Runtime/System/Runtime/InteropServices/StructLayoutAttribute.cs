namespace System.Runtime.InteropServices;

/// <summary>How the fields of a type are laid out.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
public sealed class StructLayoutAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="layoutKind">The layout.</param>
    public StructLayoutAttribute(LayoutKind layoutKind) => Value = layoutKind;

    /// <summary>The layout.</summary>
    public LayoutKind Value { get; }

    /// <summary>Field alignment.</summary>
    public int Pack;

    /// <summary>Total size.</summary>
    public int Size;

    /// <summary>Character set (unused in the image).</summary>
    public CharSet CharSet;
}
