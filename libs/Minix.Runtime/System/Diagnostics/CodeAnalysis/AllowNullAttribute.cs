namespace System.Diagnostics.CodeAnalysis;

/// <summary>Nullability: null allowed on entry.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class AllowNullAttribute : Attribute
{

}
