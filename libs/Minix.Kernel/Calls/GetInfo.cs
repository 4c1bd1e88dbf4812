using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Kernel.Calls;

/// <summary>SYS_GETINFO sub-requests.</summary>
public enum InfoRequest
{
    /// <summary>A <c>KernelInfo</c> record: version, clock rate, uptime, process-table size.</summary>
    KernelInfo = 0,

    /// <summary>The boot parameters as text (the multiboot command line).</summary>
    BootParameters = 4,

    /// <summary>A copy of the process-table entry of <see cref="GetInfoRequest.Target"/>.</summary>
    Process = 11,

    /// <summary>A copy of the privileges of <see cref="GetInfoRequest.Target"/>; only <see cref="Endpoint.Self"/>
    /// unless the caller manages privileges.</summary>
    Privileges = 17,

    /// <summary>The caller's own endpoint, name and privilege flags, in the reply message itself.</summary>
    WhoAmI = 19,
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
