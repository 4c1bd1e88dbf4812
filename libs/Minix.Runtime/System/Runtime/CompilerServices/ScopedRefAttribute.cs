namespace System.Runtime.CompilerServices;

/// <summary>Compiler marker: a <c>scoped</c> parameter.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ScopedRefAttribute : Attribute
{

}
