using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel;

namespace Minix.DriverKit;

/// <summary>
/// Requests to the reincarnation server (RS, boot slot 2; MINIX's RS range, 0x700): <c>service up</c>,
/// <c>down</c>, <c>restart</c>, a status query and fault injection. Each carries a <see cref="ServiceLabelRequest"/>
/// (fault injection a <see cref="FaultRequest"/>); replies carry their status in <see cref="Message.Type"/>. Up,
/// down, restart and fault injection are allowed only to processes named in the target's system.conf
/// <c>control</c> list (<see cref="Status.PermissionDenied"/> otherwise); the core services (RS and DS) refuse up,
/// down and restart with <see cref="Status.Busy"/>, and fault injection with <see cref="Status.PermissionDenied"/>
/// unless the image enables it for teaching (<see cref="CoreFaultsParameter"/>).
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

    /// <summary>
    /// Inject a fault into a running service (MINIX's RS_FI), with a <see cref="FaultRequest"/>: the only way a
    /// service can be told to fail on purpose. RS checks the caller against the target's control list, passes the
    /// request on (<see cref="ServiceProtocol.Misbehave"/>) and answers with the service's own answer:
    /// <see cref="Status.Ok"/> once the service has armed the fault (it then fails and RS restarts it as after any
    /// crash), <see cref="Status.PermissionDenied"/> if the caller may not or the service refuses,
    /// <see cref="Status.TryAgain"/> if the service is not waiting for requests just now, <see cref="Status.NotReady"/>
    /// if it is not running, <see cref="Status.Busy"/> while another injection into it is under way,
    /// <see cref="Status.DeadEndpoint"/> if it died before answering.
    /// </summary>
    public const int InjectFault = MessageType.ReincarnationServerBase + 0x18;

    /// <summary>
    /// The boot parameter with which an image lets core services (DS) take injected faults, for teaching what their
    /// death does: <c>rs.corefaults=allow</c>. Without it RS refuses such requests.
    /// </summary>
    public const string CoreFaultsParameter = "rs.corefaults=allow";
}

/// <summary>How an injected fault is made (<see cref="FaultRequest.Method"/>).</summary>
public enum FaultMethod
{
    /// <summary>The service fails on purpose in the way <see cref="FaultRequest.Kind"/> names (DriverKit's <see cref="Misbehave"/>), now or at a later request.</summary>
    Misbehave = 0,
}

/// <summary>The payload of <see cref="ReincarnationProtocol.InjectFault"/>.</summary>
/// <remarks>
/// The request names the target by label, so an injector (the <c>lpr</c> demo, a test, a fault-injection campaign)
/// needs nothing but RS's permission: the target's control list decides. <see cref="Method"/> leaves room for
/// faults that are made in the target's code rather than by the target itself; RS answers
/// <see cref="Status.NotImplemented"/> for a method it does not know.
/// </remarks>
[StructLayout(LayoutKind.Explicit, Size = 40)]
public struct FaultRequest : IMessagePayload
{
    /// <summary>The target's label.</summary>
    [FieldOffset(0)] public ProcessName Label;

    /// <summary>How the fault is made.</summary>
    [FieldOffset(16)] public FaultMethod Method;

    /// <summary>For <see cref="FaultMethod.Misbehave"/>: what the service does.</summary>
    [FieldOffset(20)] public Misbehaviour Kind;

    /// <summary>0: at once; n: when the service's n-th following request arrives.</summary>
    [FieldOffset(24)] public int AfterRequests;

    /// <summary>Free for methods that need a seed or a count (a campaign's random faults); 0 for <see cref="FaultMethod.Misbehave"/>.</summary>
    [FieldOffset(32)] public ulong Argument;
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
