using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Kernel.Calls;

/// <summary>
/// SYS_KILL request. Without a signal it ends a process: the reincarnation server ends a service that missed its
/// heartbeats, the process manager a user process it manages. With a signal it hands the signal to the process
/// manager for a user process (VFS sends SIGPIPE, the terminal SIGINT), which decides what it does.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
public struct KillRequest : IMessagePayload
{
    /// <summary>The process.</summary>
    [FieldOffset(0)] public Endpoint Target;

    /// <summary>Without a signal: why, reported with the process's death (a <see cref="ExitReason"/> value).</summary>
    [FieldOffset(4)] public ExitReason Reason;

    /// <summary>The signal to raise, or 0 to end the process.</summary>
    [FieldOffset(8)] public Signal Signal;

    /// <summary>With <see cref="Reason"/> <see cref="ExitReason.Exited"/>: the exit status the process gave its manager, reported as its own.</summary>
    [FieldOffset(12)] public int Status;
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
