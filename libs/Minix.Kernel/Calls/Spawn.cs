using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Kernel.Calls;

/// <summary>
/// SYS_SPAWN request: create a new process from one of the boot image's modules, in a fresh address space. The
/// child starts blocked without privileges; the caller (the reincarnation server) sets them with SYS_PRIVCTL and
/// then allows it to run.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 24)]
public struct SpawnRequest : IMessagePayload
{
    /// <summary>Index of the module in the boot image.</summary>
    [FieldOffset(0)] public int Module;

    /// <summary>Scheduling queue for the child (0 is the highest).</summary>
    [FieldOffset(4)] public int Priority;

    /// <summary>Quantum in clock ticks.</summary>
    [FieldOffset(8)] public int Quantum;

    /// <summary>The slot to reuse (the old incarnation's), or -1 for any free slot.</summary>
    [FieldOffset(12)] public int Slot;

    /// <summary>Placement flags; 0 for an ordinary user-mode process.</summary>
    [FieldOffset(16)] public int Flags;
}

/// <summary>SYS_SPAWN reply.</summary>
[StructLayout(LayoutKind.Explicit, Size = 4)]
public struct SpawnReply : IMessagePayload
{
    /// <summary>The child's endpoint.</summary>
    [FieldOffset(0)] public Endpoint Child;
}
