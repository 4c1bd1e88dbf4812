using Minix.Ipc;
using Minix.Kernel;

namespace Minix.DriverKit;

/// <summary>
/// The reincarnation server's client side, the <c>service</c> command as calls: bring a service up or down,
/// restart it, ask about it. Each is one SENDREC to RS.
/// </summary>
public static class ServiceControl
{
    /// <summary>Starts a service that is down.</summary>
    /// <param name="label">Its label.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.AlreadyExists"/> if it runs, <see cref="Status.PermissionDenied"/>, <see cref="Status.NotFound"/>.</returns>
    public static Status Up(ReadOnlySpan<byte> label) => Call(ReincarnationProtocol.Up, label, out _);

    /// <summary>Stops a service; RS leaves it down.</summary>
    /// <param name="label">Its label.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.PermissionDenied"/>, <see cref="Status.Busy"/> for a core service, <see cref="Status.NotFound"/>.</returns>
    public static Status Down(ReadOnlySpan<byte> label) => Call(ReincarnationProtocol.Down, label, out _);

    /// <summary>Replaces a service with a new incarnation now.</summary>
    /// <param name="label">Its label.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.PermissionDenied"/>, <see cref="Status.Busy"/> for a core service, <see cref="Status.NotFound"/>.</returns>
    public static Status Restart(ReadOnlySpan<byte> label) => Call(ReincarnationProtocol.Restart, label, out _);

    /// <summary>Asks RS about a service.</summary>
    /// <param name="label">Its label.</param>
    /// <param name="status">What RS knows.</param>
    /// <returns><see cref="Status.Ok"/> or <see cref="Status.NotFound"/>.</returns>
    public static Status Query(ReadOnlySpan<byte> label, out ServiceStatusReply status) => Call(ReincarnationProtocol.Query, label, out status);

    private static Status Call(int type, ReadOnlySpan<byte> label, out ServiceStatusReply reply)
    {
        reply = default;
        if (label.Length == 0 || label.Length > ProcessName.Capacity)
            return Status.InvalidArgument;
        var m = Message.Create(type, new ServiceLabelRequest { Label = ProcessName.FromUtf8(label) });
        Status ipc = Messaging.SendRec(Endpoint.ReincarnationServer, ref m);
        if (ipc != Status.Ok)
            return ipc;
        if (m.Status == Status.Ok)
            reply = m.Payload<ServiceStatusReply>();
        return m.Status;
    }
}
