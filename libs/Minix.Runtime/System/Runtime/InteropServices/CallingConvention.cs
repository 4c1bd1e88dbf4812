namespace System.Runtime.InteropServices;

/// <summary>Calling convention of an extern function (on x86-64 SysV they are all the same).</summary>
public enum CallingConvention
{
    /// <summary>Platform default.</summary>
    Winapi = 1,
    /// <summary>C.</summary>
    Cdecl = 2,
    /// <summary>stdcall.</summary>
    StdCall = 3,
    /// <summary>thiscall.</summary>
    ThisCall = 4,
    /// <summary>fastcall.</summary>
    FastCall = 5,
}
