using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Kernel.Calls;

/// <summary>
/// SYS_SIGSEND request (the process manager only): make a process run a signal handler. The kernel saves the process's
/// registers in a <see cref="SignalFrame"/> below its stack pointer and starts it at <see cref="Entry"/> with the
/// signal number in rdi, the frame's address in rsi and <see cref="Handler"/> in rdx; a call the process was blocked
/// in ends with EINTR. The entry calls the handler and then asks the process manager for SYS_SIGRETURN with the frame.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
public struct SigSendRequest : IMessagePayload
{
    /// <summary>The process (one the caller manages).</summary>
    [FieldOffset(0)] public Endpoint Target;

    /// <summary>The signal.</summary>
    [FieldOffset(4)] public Signal Signal;

    /// <summary>The program's signal entry (its runtime registers it with sigaction).</summary>
    [FieldOffset(8)] public ulong Entry;

    /// <summary>The handler the entry is to call.</summary>
    [FieldOffset(16)] public ulong Handler;

    /// <summary>The signal mask to restore on return, kept in the frame.</summary>
    [FieldOffset(24)] public ulong Mask;
}

/// <summary>SYS_SIGSEND reply: where the frame was put.</summary>
[StructLayout(LayoutKind.Explicit, Size = 8)]
public struct SigSendReply : IMessagePayload
{
    /// <summary>The frame's address in the process.</summary>
    [FieldOffset(0)] public ulong Frame;
}

/// <summary>
/// SYS_SIGRETURN request (the process manager only): restore the registers a <see cref="SignalFrame"/> in the
/// process holds (checked: ring 3 segments, interrupts on, canonical addresses), abandoning the call it is blocked in.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
public struct SigReturnRequest : IMessagePayload
{
    /// <summary>The process.</summary>
    [FieldOffset(0)] public Endpoint Target;

    /// <summary>The frame's address in it.</summary>
    [FieldOffset(8)] public ulong Frame;
}

/// <summary>SYS_SIGRETURN reply.</summary>
[StructLayout(LayoutKind.Explicit, Size = 8)]
public struct SigReturnReply : IMessagePayload
{
    /// <summary>The signal mask the frame held.</summary>
    [FieldOffset(0)] public ulong Mask;
}
