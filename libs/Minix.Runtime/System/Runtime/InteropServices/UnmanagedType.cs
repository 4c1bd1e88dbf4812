namespace System.Runtime.InteropServices;

/// <summary>Marshalling kinds; the compiler needs the type for the <c>unmanaged</c> constraint's modifier.</summary>
public enum UnmanagedType
{
    /// <summary>A 4-byte boolean.</summary>
    Bool = 0x2,
    /// <summary>A 1-byte boolean.</summary>
    U1 = 0x5,
}
