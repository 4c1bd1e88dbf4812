namespace System.Runtime.InteropServices;

/// <summary>Marshalling direction: out.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class OutAttribute : Attribute
{

}
