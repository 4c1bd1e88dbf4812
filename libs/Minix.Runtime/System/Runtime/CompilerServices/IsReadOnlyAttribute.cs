namespace System.Runtime.CompilerServices;

/// <summary>Compiler marker: a readonly struct or <c>in</c>/<c>ref readonly</c> parameter.</summary>
[AttributeUsage(AttributeTargets.All)]
public sealed class IsReadOnlyAttribute : Attribute
{

}
