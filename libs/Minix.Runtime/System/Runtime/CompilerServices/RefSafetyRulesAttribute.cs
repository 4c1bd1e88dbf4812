namespace System.Runtime.CompilerServices;

/// <summary>Compiler marker: the ref-safety rules version a module was compiled with.</summary>
[AttributeUsage(AttributeTargets.Module)]
public sealed class RefSafetyRulesAttribute : Attribute
{
    /// <summary>Creates the marker.</summary>
    /// <param name="version">The rules version.</param>
    public RefSafetyRulesAttribute(int version) => Version = version;

    /// <summary>The rules version.</summary>
    public int Version { get; }
}
