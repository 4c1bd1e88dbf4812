namespace System.Runtime.CompilerServices;

/// <summary>Asks the compiler not to zero locals.</summary>
[AttributeUsage(AttributeTargets.Module | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Constructor | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Event)]
public sealed class SkipLocalsInitAttribute : Attribute
{

}
