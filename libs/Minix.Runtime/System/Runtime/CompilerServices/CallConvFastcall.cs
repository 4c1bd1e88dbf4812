namespace System.Runtime.CompilerServices;

/// <summary>A calling-convention modifier for unmanaged function pointers (<c>delegate* unmanaged[Fastcall]</c>).</summary>
public class CallConvFastcall
{
}
