namespace System.Runtime.CompilerServices;

/// <summary>Compiler marker: a <c>params</c> collection parameter.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParamCollectionAttribute : Attribute
{

}
