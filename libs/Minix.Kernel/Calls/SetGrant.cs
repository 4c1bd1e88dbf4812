using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Kernel.Calls;

/// <summary>SYS_SETGRANT request: tell the kernel where the caller's grant table lives in its own memory.</summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
public struct SetGrantRequest : IMessagePayload
{
    /// <summary>Address of the table in the caller's address space.</summary>
    [FieldOffset(0)] public ulong Address;

    /// <summary>Number of <see cref="Grants.GrantEntry"/> entries.</summary>
    [FieldOffset(8)] public int Entries;
}
