namespace System.Diagnostics.CodeAnalysis;

/// <summary>Nullability: not null on exit.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.ReturnValue)]
public sealed class NotNullAttribute : Attribute
{

}
