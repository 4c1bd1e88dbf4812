namespace System.Diagnostics.CodeAnalysis;

/// <summary>Nullability: may be null on exit.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.ReturnValue)]
public sealed class MaybeNullAttribute : Attribute
{

}
