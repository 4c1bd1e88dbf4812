using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Kernel.Calls;

/// <summary>SYS_DIAGCTL request: print text from the caller's memory to the kernel log, prefixed with its name.</summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
public struct DiagCtlRequest : IMessagePayload
{
    /// <summary>Longest text one call prints.</summary>
    public const int MaxLength = 256;

    /// <summary>Address of UTF-8 text in the caller's address space.</summary>
    [FieldOffset(0)] public ulong Address;

    /// <summary>Length in bytes (1..<see cref="MaxLength"/>).</summary>
    [FieldOffset(8)] public int Length;
}
