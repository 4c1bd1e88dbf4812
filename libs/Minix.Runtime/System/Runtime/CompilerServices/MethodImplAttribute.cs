namespace System.Runtime.CompilerServices;

/// <summary>Tells the compiler how to treat a method.</summary>
[AttributeUsage(AttributeTargets.Constructor | AttributeTargets.Method)]
public sealed class MethodImplAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="methodImplOptions">The options.</param>
    public MethodImplAttribute(MethodImplOptions methodImplOptions) => Value = methodImplOptions;

    /// <summary>Creates the attribute with no options.</summary>
    public MethodImplAttribute()
    {
    }

    /// <summary>The options.</summary>
    public MethodImplOptions Value { get; }
}
