namespace System.Runtime.CompilerServices;

/// <summary>Compiler marker: runtime compatibility settings.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class RuntimeCompatibilityAttribute : Attribute
{
    /// <summary>Whether non-exception throws are wrapped.</summary>
    public bool WrapNonExceptionThrows { get; set; }
}
