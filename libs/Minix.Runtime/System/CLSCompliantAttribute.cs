namespace System;

/// <summary>Says whether an API is CLS-compliant (kept for source compatibility).</summary>
[AttributeUsage(AttributeTargets.All)]
public sealed class CLSCompliantAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="isCompliant">Whether the API is compliant.</param>
    public CLSCompliantAttribute(bool isCompliant) => IsCompliant = isCompliant;

    /// <summary>Whether the API is compliant.</summary>
    public bool IsCompliant { get; }
}
