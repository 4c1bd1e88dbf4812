namespace System.Runtime.InteropServices;

/// <summary>Marshalling direction: in.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class InAttribute : Attribute
{

}
