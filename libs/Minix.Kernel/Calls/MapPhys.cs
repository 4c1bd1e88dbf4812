using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Kernel.Calls;

/// <summary>
/// SYS_MAPPHYS request: map physical memory that the caller's privileges allow (system.conf's <c>mem</c>: device
/// memory such as VGA text at 0xB8000, or a boot data module such as the root file system's image) into the caller's
/// own address space, where it stays until the caller ends.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 24)]
public struct MapPhysRequest : IMessagePayload
{
    /// <summary>The first byte (page-aligned).</summary>
    [FieldOffset(0)] public ulong Physical;

    /// <summary>Bytes (rounded up to whole pages; the whole run must lie in one of the caller's memory ranges).</summary>
    [FieldOffset(8)] public ulong Length;

    /// <summary>Nonzero to map it writable.</summary>
    [FieldOffset(16)] public int Writable;
}

/// <summary>SYS_MAPPHYS reply.</summary>
[StructLayout(LayoutKind.Explicit, Size = 8)]
public struct MapPhysReply : IMessagePayload
{
    /// <summary>Where the memory appears in the caller.</summary>
    [FieldOffset(0)] public ulong Address;
}
