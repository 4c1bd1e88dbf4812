namespace System.Runtime.CompilerServices;

/// <summary>A calling-convention modifier for unmanaged function pointers (<c>delegate* unmanaged[Stdcall]</c>).</summary>
public class CallConvStdcall
{
}
