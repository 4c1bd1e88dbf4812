namespace System.Runtime.CompilerServices;

/// <summary>Compiler marker: the default nullability of a scope.</summary>
[AttributeUsage(AttributeTargets.All)]
public sealed class NullableContextAttribute : Attribute
{
    /// <summary>Creates the marker.</summary>
    /// <param name="flag">The nullability flag.</param>
    public NullableContextAttribute(byte flag) => Flag = flag;

    /// <summary>The nullability flag.</summary>
    public byte Flag { get; }
}
