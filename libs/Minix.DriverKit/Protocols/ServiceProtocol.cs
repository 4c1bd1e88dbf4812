using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel;

namespace Minix.DriverKit;

/// <summary>
/// The messages between a system service and the reincarnation server (RS): the start-up handshake, and the
/// misbehaviour RS passes on when an allowed client asks for one (<see cref="ReincarnationProtocol.InjectFault"/>).
/// They sit in RS's range (0x700), the handshake at MINIX's numbers for RS_INIT and RS_INIT's answer. Replies carry
/// their status in <see cref="Message.Type"/>.
/// </summary>
/// <remarks>
/// Start-up is a handshake the service drives, so RS never blocks on a service: the service SENDRECs
/// <see cref="Init"/> and blocks until RS answers with an <see cref="InitInfo"/> (fresh start or restart, the old
/// endpoint, the restart count); it runs its own initialization and SENDRECs <see cref="InitDone"/> with the result.
/// RS answers both with SENDNB, which the kernel always lets through to a process waiting for that reply.
/// </remarks>
public static class ServiceProtocol
{
    /// <summary>Service to RS: "I am running; how do I initialize?" Reply: <see cref="InitInfo"/>.</summary>
    public const int Init = MessageType.ReincarnationServerBase + 0x14;

    /// <summary>Service to RS: "my initialization ended", with an <see cref="InitDoneRequest"/>. Reply: status only.</summary>
    public const int InitDone = MessageType.ReincarnationServerBase + 0x15;

    /// <summary>
    /// RS to a service, by SENDNB: misbehave now or after some requests (<see cref="MisbehaveRequest"/>). The service
    /// answers with <see cref="MisbehaveAnswer"/> before it misbehaves. From any other sender the request is refused
    /// with <see cref="Status.PermissionDenied"/> and changes nothing.
    /// </summary>
    public const int Misbehave = MessageType.ReincarnationServerBase + 0x19;

    /// <summary>A service to RS: its answer to <see cref="Misbehave"/>, with a <see cref="MisbehaveAnswerPayload"/>; RS passes the status on to the client that asked.</summary>
    public const int MisbehaveAnswer = MessageType.ReincarnationServerBase + 0x1A;
}

/// <summary>Why a service is being initialized (MINIX's SEF init types).</summary>
public enum InitType
{
    /// <summary>A first start: from boot, or after <c>service up</c>.</summary>
    Fresh = 0,

    /// <summary>A new incarnation after the previous one died, was killed, or was restarted on request.</summary>
    Restart = 2,
}

/// <summary>RS's answer to <see cref="ServiceProtocol.Init"/>: how this incarnation starts.</summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
public struct InitInfo : IMessagePayload
{
    /// <summary>Fresh start or restart.</summary>
    [FieldOffset(0)] public InitType Type;

    /// <summary>The endpoint of the previous incarnation (<see cref="Endpoint.None"/> on a fresh start).</summary>
    [FieldOffset(4)] public Endpoint OldEndpoint;

    /// <summary>How many times RS has restarted the service so far.</summary>
    [FieldOffset(8)] public int Restarts;

    /// <summary>The service's label (its name in system.conf and in the data store).</summary>
    [FieldOffset(16)] public ProcessName Label;
}

/// <summary>The payload of <see cref="ServiceProtocol.InitDone"/>.</summary>
[StructLayout(LayoutKind.Explicit, Size = 4)]
public struct InitDoneRequest : IMessagePayload
{
    /// <summary><see cref="Status.Ok"/>, or why initialization failed (RS then ends and restarts the service).</summary>
    [FieldOffset(0)] public Status Result;
}

/// <summary>The ways a service can be told to fail on purpose, for tests and demos.</summary>
public enum Misbehaviour
{
    /// <summary>Behave (cancels an armed misbehaviour).</summary>
    None = 0,

    /// <summary>Dereference a null reference.</summary>
    NullDereference = 1,

    /// <summary>Write to an address the process does not own (<see cref="Minix.DriverKit.Misbehave.WildAddress"/>).</summary>
    WildWrite = 2,

    /// <summary>Execute an illegal instruction (<c>ud2</c>).</summary>
    IllegalInstruction = 3,

    /// <summary>Loop forever: only a missed heartbeat can catch it.</summary>
    EndlessLoop = 4,

    /// <summary>Give up with a panic (an unhandled throw).</summary>
    Panic = 5,
}

/// <summary>The payload of <see cref="ServiceProtocol.Misbehave"/>.</summary>
[StructLayout(LayoutKind.Explicit, Size = 8)]
public struct MisbehaveRequest : IMessagePayload
{
    /// <summary>What to do.</summary>
    [FieldOffset(0)] public Misbehaviour Kind;

    /// <summary>0: at once (after replying); n: when the n-th following request arrives, before it is handled.</summary>
    [FieldOffset(4)] public int AfterRequests;
}

/// <summary>The payload of <see cref="ServiceProtocol.MisbehaveAnswer"/>.</summary>
[StructLayout(LayoutKind.Explicit, Size = 4)]
public struct MisbehaveAnswerPayload : IMessagePayload
{
    /// <summary><see cref="Status.Ok"/> if the service will misbehave, <see cref="Status.PermissionDenied"/> if it refuses such requests, <see cref="Status.InvalidArgument"/> for a request it cannot do.</summary>
    [FieldOffset(0)] public Status Result;
}
