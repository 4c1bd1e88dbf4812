namespace System.Runtime.CompilerServices;

/// <summary>Compiler marker: a struct holding a fixed-size buffer.</summary>
[AttributeUsage(AttributeTargets.Struct)]
public sealed class UnsafeValueTypeAttribute : Attribute
{

}
