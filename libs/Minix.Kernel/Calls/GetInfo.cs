using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Kernel.Calls;

/// <summary>SYS_GETINFO sub-requests.</summary>
public enum InfoRequest
{
    /// <summary>A <c>KernelInfo</c> record: version, clock rate, uptime, process-table size.</summary>
    KernelInfo = 0,

    /// <summary>Entry <see cref="GetInfoRequest.Index"/> of the boot-image table (privilege managers only): how to
    /// start, and restart, each boot process.</summary>
    BootImage = 1,

    /// <summary>The boot parameters as text (the multiboot command line).</summary>
    BootParameters = 4,

    /// <summary>A copy of the process-table entry of <see cref="GetInfoRequest.Target"/>; only <see cref="Endpoint.Self"/>
    /// for a user program.</summary>
    Process = 11,

    /// <summary>A copy of the privileges of <see cref="GetInfoRequest.Target"/>; only <see cref="Endpoint.Self"/>
    /// unless the caller manages privileges.</summary>
    Privileges = 17,

    /// <summary>The caller's own endpoint, name and privilege flags, in the reply message itself.</summary>
    WhoAmI = 19,

    /// <summary>Takes the oldest <see cref="ExitReport"/> off the kernel's queue (privilege managers only);
    /// <see cref="Status.NotFound"/> when none is left.</summary>
    ExitReport = 30,
}

/// <summary>SYS_GETINFO request.</summary>
[StructLayout(LayoutKind.Explicit, Size = 24)]
public struct GetInfoRequest : IMessagePayload
{
    /// <summary>The sub-request.</summary>
    [FieldOffset(0)] public InfoRequest Request;

    /// <summary>The process asked about (Process, Privileges), or <see cref="Endpoint.Self"/>.</summary>
    [FieldOffset(4)] public Endpoint Target;

    /// <summary>Where to copy the answer in the caller's address space.</summary>
    [FieldOffset(8)] public ulong Buffer;

    /// <summary>Size of the buffer; a larger answer is refused with <see cref="Status.TooBig"/>.</summary>
    [FieldOffset(16)] public int Length;

    /// <summary>BootImage: the entry's index.</summary>
    [FieldOffset(20)] public int Index;
}

/// <summary>SYS_GETINFO reply: bytes copied, or for WhoAmI the answer itself.</summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
public struct GetInfoReply : IMessagePayload
{
    /// <summary>Bytes written to the buffer.</summary>
    [FieldOffset(0)] public int Length;

    /// <summary>WhoAmI: the caller's endpoint.</summary>
    [FieldOffset(4)] public Endpoint Endpoint;

    /// <summary>WhoAmI: the caller's privilege flags.</summary>
    [FieldOffset(8)] public int PrivilegeFlags;

    /// <summary>WhoAmI: the caller's privilege id.</summary>
    [FieldOffset(12)] public int PrivilegeId;

    /// <summary>WhoAmI: the caller's name, UTF-8, NUL-padded.</summary>
    [FieldOffset(16)] public ProcessName Name;
}

/// <summary>The kernel-information record SYS_GETINFO KernelInfo returns.</summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
public struct KernelInfo
{
    /// <summary>Kernel version: major * 10000 + minor * 100 + patch.</summary>
    [FieldOffset(0)] public int Version;

    /// <summary>Clock ticks per second.</summary>
    [FieldOffset(4)] public int Hz;

    /// <summary>Ticks since boot.</summary>
    [FieldOffset(8)] public ulong Uptime;

    /// <summary>Process-table slots (tasks excluded).</summary>
    [FieldOffset(16)] public int ProcessSlots;

    /// <summary>Processes in the boot image.</summary>
    [FieldOffset(20)] public int BootProcesses;
}

/// <summary>
/// What the kernel knows about a process that ended: the privilege manager (the reincarnation server) is notified
/// by SYSTEM and fetches these with SYS_GETINFO ExitReport to decide on a restart.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 48)]
public struct ExitReport
{
    /// <summary>The endpoint of the incarnation that ended.</summary>
    [FieldOffset(0)] public Endpoint Endpoint;

    /// <summary>Why it ended.</summary>
    [FieldOffset(4)] public ExitReason Reason;

    /// <summary>Exit status (Exited), CPU exception vector (Fault), runtime fault kind (Panic), or the reason given to SYS_KILL.</summary>
    [FieldOffset(8)] public int Detail;

    /// <summary>The boot module it ran.</summary>
    [FieldOffset(12)] public int Module;

    /// <summary>The faulting address (page faults), else 0.</summary>
    [FieldOffset(16)] public ulong Address;

    /// <summary>Where it was executing when it faulted, else 0.</summary>
    [FieldOffset(24)] public ulong InstructionPointer;

    /// <summary>Its name.</summary>
    [FieldOffset(32)] public ProcessName Name;
}

/// <summary>A copy of one process-table entry, as SYS_GETINFO Process returns it.</summary>
[StructLayout(LayoutKind.Explicit, Size = 64)]
public struct ProcessInfo
{
    /// <summary>The endpoint.</summary>
    [FieldOffset(0)] public Endpoint Endpoint;

    /// <summary>Why it cannot run (0: runnable), as the kernel's process flags.</summary>
    [FieldOffset(4)] public int Flags;

    /// <summary>Current scheduling queue.</summary>
    [FieldOffset(8)] public int Priority;

    /// <summary>Its queue when not demoted.</summary>
    [FieldOffset(12)] public int MaxPriority;

    /// <summary>Whom it is blocked sending to, or NONE.</summary>
    [FieldOffset(16)] public Endpoint SendTo;

    /// <summary>Whom it is blocked receiving from, or NONE.</summary>
    [FieldOffset(20)] public Endpoint ReceiveFrom;

    /// <summary>Ticks it ran.</summary>
    [FieldOffset(24)] public ulong UserTicks;

    /// <summary>The boot module it runs.</summary>
    [FieldOffset(32)] public int Module;

    /// <summary>Its privilege id, or -1.</summary>
    [FieldOffset(36)] public int PrivilegeId;

    /// <summary>Its name.</summary>
    [FieldOffset(40)] public ProcessName Name;
}
