using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Kernel.Calls;

/// <summary>
/// SYS_SAFECOPYFROM / SYS_SAFECOPYTO request: copy between the caller's memory and memory another process granted
/// to it. The caller is always the grantee; the kernel re-reads and re-validates the grant on every copy.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
public struct SafeCopyRequest : IMessagePayload
{
    /// <summary>The process that made the grant.</summary>
    [FieldOffset(0)] public Endpoint Granter;

    /// <summary>The grant id in the granter's table.</summary>
    [FieldOffset(4)] public int GrantId;

    /// <summary>Offset inside the granted memory.</summary>
    [FieldOffset(8)] public ulong Offset;

    /// <summary>Address in the caller's address space.</summary>
    [FieldOffset(16)] public ulong Address;

    /// <summary>Bytes to copy.</summary>
    [FieldOffset(24)] public ulong Bytes;
}
