namespace System.Runtime.CompilerServices;

/// <summary>Compiler marker: a <c>ref readonly</c> parameter.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class RequiresLocationAttribute : Attribute
{

}
