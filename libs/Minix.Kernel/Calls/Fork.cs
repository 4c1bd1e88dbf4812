using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Kernel.Calls;

/// <summary>
/// SYS_FORK request (the process manager only): a new process in a free slot with a copy of the parent's memory and
/// registers. The parent must be waiting for the caller's reply (its fork request); the child waits for one too, at
/// the same message buffer, so each learns its result from the reply the process manager sends it.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 8)]
public struct ForkRequest : IMessagePayload
{
    /// <summary>The process that forks (a user process the caller manages).</summary>
    [FieldOffset(0)] public Endpoint Parent;

    /// <summary>The free slot above the boot slots the child takes (the process manager keeps a zombie's slot until it is reaped), or -1 for any.</summary>
    [FieldOffset(4)] public int Slot;
}

/// <summary>SYS_FORK reply.</summary>
[StructLayout(LayoutKind.Explicit, Size = 4)]
public struct ForkReply : IMessagePayload
{
    /// <summary>The child's endpoint.</summary>
    [FieldOffset(0)] public Endpoint Child;
}
