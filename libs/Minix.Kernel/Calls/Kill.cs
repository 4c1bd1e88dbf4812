using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Kernel.Calls;

/// <summary>SYS_KILL request: end a process (used by the reincarnation server on a missed heartbeat).</summary>
[StructLayout(LayoutKind.Explicit, Size = 8)]
public struct KillRequest : IMessagePayload
{
    /// <summary>The process to end.</summary>
    [FieldOffset(0)] public Endpoint Target;

    /// <summary>Why, reported with the process's death (a <see cref="ExitReason"/> value).</summary>
    [FieldOffset(4)] public ExitReason Reason;
}

/// <summary>Why a process ended; the kernel reports it to the reincarnation server.</summary>
public enum ExitReason
{
    /// <summary>It called SYS_EXIT.</summary>
    Exited = 1,

    /// <summary>SYS_KILL.</summary>
    Killed = 2,

    /// <summary>A CPU exception in the process (page fault, invalid opcode, divide error, general protection).</summary>
    Fault = 3,

    /// <summary>The process's runtime ended it (a throw, a failed bounds check, a null reference).</summary>
    Panic = 4,
}
