using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel;

namespace Minix.DriverKit;

/// <summary>
/// Requests to the reincarnation server (RS, boot slot 2; MINIX's RS range, 0x700): <c>service up</c>,
/// <c>down</c>, <c>restart</c> and a status query. Each carries a <see cref="ServiceLabelRequest"/>; replies carry
/// their status in <see cref="Message.Type"/>. Up, down and restart are allowed only to processes named in the
/// target's system.conf <c>control</c> list (<see cref="Status.PermissionDenied"/> otherwise); the core services
/// (RS and DS) refuse them with <see cref="Status.Busy"/>.
/// </summary>
public static class ReincarnationProtocol
{
    /// <summary>Start a service that is down (a fresh start).</summary>
    public const int Up = MessageType.ReincarnationServerBase + 0x00;

    /// <summary>Stop a service; RS will not restart it until <see cref="Up"/>.</summary>
    public const int Down = MessageType.ReincarnationServerBase + 0x01;

    /// <summary>End a service and start a new incarnation at once (no back-off), as if it had crashed.</summary>
    public const int Restart = MessageType.ReincarnationServerBase + 0x03;

    /// <summary>Ask about a service. Reply: <see cref="ServiceStatusReply"/>. Anyone may ask.</summary>
    public const int Query = MessageType.ReincarnationServerBase + 0x08;
}

/// <summary>The payload of every RS request: the target service's label.</summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
public struct ServiceLabelRequest : IMessagePayload
{
    /// <summary>The label (the service's name in system.conf).</summary>
    [FieldOffset(0)] public ProcessName Label;
}

/// <summary>What RS knows about a service.</summary>
public enum ServiceState
{
    /// <summary>Not a service RS knows.</summary>
    Unknown = 0,

    /// <summary>Running, initialization not yet reported done.</summary>
    Starting = 1,

    /// <summary>Initialized and running.</summary>
    Active = 2,

    /// <summary>Dead; RS restarts it when the back-off time has passed.</summary>
    WaitingRestart = 3,

    /// <summary>Being stopped on request.</summary>
    Stopping = 4,

    /// <summary>Stopped on request; RS leaves it down.</summary>
    Down = 5,

    /// <summary>Being ended for a requested restart.</summary>
    Restarting = 6,
}

/// <summary>RS's answer to <see cref="ReincarnationProtocol.Query"/>.</summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
public struct ServiceStatusReply : IMessagePayload
{
    /// <summary>The current incarnation's endpoint, or <see cref="Endpoint.None"/> while dead or down.</summary>
    [FieldOffset(0)] public Endpoint Endpoint;

    /// <summary>The state.</summary>
    [FieldOffset(4)] public ServiceState State;

    /// <summary>Restarts so far.</summary>
    [FieldOffset(8)] public int Restarts;

    /// <summary>Heartbeat period in ticks (0: none).</summary>
    [FieldOffset(12)] public int HeartbeatPeriod;

    /// <summary>In <see cref="ServiceState.WaitingRestart"/>: the back-off chosen, in seconds.</summary>
    [FieldOffset(16)] public int BackoffSeconds;

    /// <summary>In <see cref="ServiceState.WaitingRestart"/>: the uptime (ticks) at which RS restarts it.</summary>
    [FieldOffset(24)] public ulong RestartAt;
}
