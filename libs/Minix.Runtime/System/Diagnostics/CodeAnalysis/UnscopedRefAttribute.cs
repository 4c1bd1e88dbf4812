namespace System.Diagnostics.CodeAnalysis;

/// <summary>Lets a struct member return a reference into the struct itself.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class UnscopedRefAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public UnscopedRefAttribute()
    {
    }
}
