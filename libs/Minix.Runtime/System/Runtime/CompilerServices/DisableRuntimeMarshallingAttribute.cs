namespace System.Runtime.CompilerServices;

/// <summary>Turns off runtime marshalling for extern calls: parameters pass as their raw bits.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class DisableRuntimeMarshallingAttribute : Attribute
{

}
