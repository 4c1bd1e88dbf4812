namespace System.Runtime.CompilerServices;

/// <summary>A calling-convention modifier for unmanaged function pointers (<c>delegate* unmanaged[Cdecl]</c>).</summary>
public class CallConvCdecl
{
}
