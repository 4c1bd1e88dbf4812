namespace System.Runtime.CompilerServices;

/// <summary>Marks a type the compiler may build interpolated strings with.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class InterpolatedStringHandlerAttribute : Attribute
{
}
