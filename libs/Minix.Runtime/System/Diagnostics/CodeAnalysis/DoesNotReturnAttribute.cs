namespace System.Diagnostics.CodeAnalysis;

/// <summary>Nullability: the method never returns.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DoesNotReturnAttribute : Attribute
{

}
