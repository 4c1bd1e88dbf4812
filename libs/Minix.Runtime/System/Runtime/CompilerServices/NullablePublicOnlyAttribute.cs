namespace System.Runtime.CompilerServices;

/// <summary>Compiler marker: nullability recorded for public API only.</summary>
[AttributeUsage(AttributeTargets.Module)]
public sealed class NullablePublicOnlyAttribute : Attribute
{
    /// <summary>Creates the marker.</summary>
    /// <param name="includesInternals">Whether internals are included.</param>
    public NullablePublicOnlyAttribute(bool includesInternals) => IncludesInternals = includesInternals;

    /// <summary>Whether internals are included.</summary>
    public bool IncludesInternals { get; }
}
