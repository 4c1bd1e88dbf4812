using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Kernel.Calls;

/// <summary>SYS_PRIVCTL sub-requests.</summary>
public enum PrivRequest
{
    /// <summary>Let a process that has privileges run.</summary>
    Allow = 1,

    /// <summary>Stop a process from running until allowed again.</summary>
    Disallow = 2,

    /// <summary>Give a blocked process its own privileges, read from a <see cref="Privileges.Privilege"/> in the caller's memory.</summary>
    SetSystem = 3,

    /// <summary>Make a process an ordinary user process (shared user privileges, SENDREC only).</summary>
    SetUser = 4,

    /// <summary>Add one I/O port range.</summary>
    AddIo = 5,

    /// <summary>Add one physical memory range.</summary>
    AddMemory = 6,

    /// <summary>Add one IRQ line.</summary>
    AddIrq = 7,

    /// <summary>Ask whether a physical range lies inside the target's memory ranges.</summary>
    QueryMemory = 8,

    /// <summary>Replace the privileges of a running process, which may only narrow them.</summary>
    Restrict = 9,

    /// <summary>Unblock every process blocked sending to or receiving from the target, with <see cref="Status.DeadEndpoint"/>.</summary>
    ClearIpcReferences = 11,
}

/// <summary>SYS_PRIVCTL request.</summary>
[StructLayout(LayoutKind.Explicit, Size = 40)]
public struct PrivCtlRequest : IMessagePayload
{
    /// <summary>The sub-request.</summary>
    [FieldOffset(0)] public PrivRequest Request;

    /// <summary>The process whose privileges change.</summary>
    [FieldOffset(4)] public Endpoint Target;

    /// <summary>SetSystem, Restrict: address of a <see cref="Privileges.Privilege"/> in the caller's memory.</summary>
    [FieldOffset(8)] public ulong Argument;

    /// <summary>AddIo: first port; AddIrq: the line; AddMemory, QueryMemory: physical start.</summary>
    [FieldOffset(16)] public ulong Start;

    /// <summary>AddIo: number of ports; AddMemory, QueryMemory: length in bytes.</summary>
    [FieldOffset(24)] public ulong Length;
}
