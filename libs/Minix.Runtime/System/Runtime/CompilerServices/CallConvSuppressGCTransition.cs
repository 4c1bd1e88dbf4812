namespace System.Runtime.CompilerServices;

/// <summary>A calling-convention modifier for unmanaged function pointers (<c>delegate* unmanaged[SuppressGCTransition]</c>).</summary>
public class CallConvSuppressGCTransition
{
}
