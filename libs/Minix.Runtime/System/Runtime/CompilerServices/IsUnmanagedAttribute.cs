namespace System.Runtime.CompilerServices;

/// <summary>Compiler marker: an <c>unmanaged</c> constraint.</summary>
[AttributeUsage(AttributeTargets.All)]
public sealed class IsUnmanagedAttribute : Attribute
{

}
