namespace System.Runtime.CompilerServices;

/// <summary>Compiler marker: code the compiler generated.</summary>
[AttributeUsage(AttributeTargets.All)]
public sealed class CompilerGeneratedAttribute : Attribute
{

}
