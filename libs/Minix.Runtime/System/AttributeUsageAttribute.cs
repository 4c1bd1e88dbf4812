namespace System;

/// <summary>Says where an attribute class may be used.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class AttributeUsageAttribute : Attribute
{
    /// <summary>Creates the usage description.</summary>
    /// <param name="validOn">The targets the attribute may be applied to.</param>
    public AttributeUsageAttribute(AttributeTargets validOn) => ValidOn = validOn;

    /// <summary>The targets the attribute may be applied to.</summary>
    public AttributeTargets ValidOn { get; }

    /// <summary>Whether the attribute may appear more than once on a target.</summary>
    public bool AllowMultiple { get; set; }

    /// <summary>Whether derived classes inherit the attribute.</summary>
    public bool Inherited { get; set; } = true;
}
