using Minix.Ipc;

namespace Minix.DriverKit.Testing;

/// <summary>What a trace records.</summary>
public enum TraceKind
{
    /// <summary>An IPC primitive.</summary>
    Ipc,

    /// <summary>A kernel call.</summary>
    KernelCall,

    /// <summary>A process ended.</summary>
    Death,

    /// <summary>An interrupt was raised.</summary>
    Interrupt,
}

/// <summary>One entry of the simulated machine's trace: who did what, with whom, and what came of it.</summary>
/// <param name="Tick">The uptime in clock ticks.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Process">The process's name.</param>
/// <param name="Operation">The IPC primitive or kernel call name (e.g. <c>SENDREC</c>, <c>DEVIO</c>).</param>
/// <param name="Partner">The partner's name (IPC), or empty.</param>
/// <param name="MessageType">The message type the process passed.</param>
/// <param name="Result">The status the call returned (for a blocking call: when it was made).</param>
public sealed record TraceEvent(ulong Tick, TraceKind Kind, string Process, string Operation, string Partner, int MessageType, Status Result)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Tick,6} {Process} {Operation}{(Partner.Length > 0 ? " " + Partner : "")} type=0x{MessageType:x} -> {StatusInfo.Name(Result)}";
}
