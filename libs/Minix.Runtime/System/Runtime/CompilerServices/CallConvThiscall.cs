namespace System.Runtime.CompilerServices;

/// <summary>A calling-convention modifier for unmanaged function pointers (<c>delegate* unmanaged[Thiscall]</c>).</summary>
public class CallConvThiscall
{
}
