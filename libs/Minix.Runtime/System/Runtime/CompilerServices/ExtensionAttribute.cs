namespace System.Runtime.CompilerServices;

/// <summary>Compiler marker: an extension method or a type holding them.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Assembly)]
public sealed class ExtensionAttribute : Attribute
{

}
