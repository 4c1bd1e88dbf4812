using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Kernel.Calls;

/// <summary>
/// What the SYSTEM task's notification to a manager carries in <see cref="NotifyPayload.Signals"/>: which of its queues
/// to empty.
/// </summary>
public static class KernelSignalBits
{
    /// <summary>Processes it is told of have died: take the reports with SYS_GETINFO ExitReport.</summary>
    public const ulong ExitReports = 1;

    /// <summary>Processes it manages have signals from the kernel: take them with SYS_GETKSIG.</summary>
    public const ulong Signals = 2;
}

/// <summary>
/// SYS_GETKSIG reply (the process manager only): the next process with signals from the kernel, stopped until
/// SYS_ENDKSIG; <see cref="Status.NotFound"/> when there is none.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
public struct GetKSigReply : IMessagePayload
{
    /// <summary>The process.</summary>
    [FieldOffset(0)] public Endpoint Process;

    /// <summary>For a fault: the CPU exception vector (14 page fault, 0 divide error, ...), else -1.</summary>
    [FieldOffset(4)] public int Vector;

    /// <summary>Its pending signals: bit n for <see cref="Signal"/> n.</summary>
    [FieldOffset(8)] public ulong Signals;

    /// <summary>For a fault: where it happened.</summary>
    [FieldOffset(16)] public ulong InstructionPointer;

    /// <summary>For a page fault: the address it touched.</summary>
    [FieldOffset(24)] public ulong FaultAddress;
}

/// <summary>SYS_ENDKSIG request: the process manager is done with a process's kernel signals; it may run again.</summary>
[StructLayout(LayoutKind.Explicit, Size = 4)]
public struct EndKSigRequest : IMessagePayload
{
    /// <summary>The process.</summary>
    [FieldOffset(0)] public Endpoint Process;
}
