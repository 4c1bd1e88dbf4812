namespace System.Runtime.CompilerServices;

/// <summary>Compiler marker: an <c>init</c> accessor.</summary>
public static class IsExternalInit
{

}
