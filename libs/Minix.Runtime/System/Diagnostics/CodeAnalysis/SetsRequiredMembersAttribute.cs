namespace System.Diagnostics.CodeAnalysis;

/// <summary>The constructor sets all required members.</summary>
[AttributeUsage(AttributeTargets.Constructor)]
public sealed class SetsRequiredMembersAttribute : Attribute
{

}
