namespace System.Runtime.CompilerServices;

/// <summary>Asks for a static constructor to run at start-up instead of on first use.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
internal sealed class EagerStaticClassConstructionAttribute : Attribute
{

}
