namespace System.Runtime.CompilerServices;

/// <summary>A calling-convention modifier for unmanaged function pointers (<c>delegate* unmanaged[MemberFunction]</c>).</summary>
public class CallConvMemberFunction
{
}
