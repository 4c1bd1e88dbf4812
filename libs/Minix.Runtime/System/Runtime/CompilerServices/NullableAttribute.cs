namespace System.Runtime.CompilerServices;

/// <summary>Compiler marker: nullability of a type reference.</summary>
[AttributeUsage(AttributeTargets.All)]
public sealed class NullableAttribute : Attribute
{
    /// <summary>Creates the marker with one flag.</summary>
    /// <param name="flag">The nullability flag.</param>
    public NullableAttribute(byte flag) => NullableFlags = new[] { flag };

    /// <summary>Creates the marker with a flag per type in a constructed type.</summary>
    /// <param name="flags">The nullability flags.</param>
    public NullableAttribute(byte[] flags) => NullableFlags = flags;

    /// <summary>The nullability flags.</summary>
    public byte[] NullableFlags { get; }
}
