namespace System.Runtime.CompilerServices;

/// <summary>Compiler marker: a <c>ref struct</c>.</summary>
[AttributeUsage(AttributeTargets.Struct)]
public sealed class IsByRefLikeAttribute : Attribute
{

}
