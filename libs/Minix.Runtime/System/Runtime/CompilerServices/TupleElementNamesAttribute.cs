namespace System.Runtime.CompilerServices;

/// <summary>Compiler marker: the element names of a tuple type.</summary>
[AttributeUsage(AttributeTargets.All)]
public sealed class TupleElementNamesAttribute : Attribute
{
    /// <summary>Creates the marker.</summary>
    /// <param name="transformNames">The names.</param>
    public TupleElementNamesAttribute(string[] transformNames) => TransformNames = transformNames;

    /// <summary>The names.</summary>
    public string[] TransformNames { get; }
}
