namespace System.Runtime.CompilerServices;

/// <summary>Marks a member the compiler may replace with its own code.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Field)]
internal sealed class IntrinsicAttribute : Attribute
{

}
