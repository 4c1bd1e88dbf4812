namespace System.Runtime.CompilerServices;

/// <summary>Compiler marker (a modreq) on <c>volatile</c> fields.</summary>
public static class IsVolatile
{
}
