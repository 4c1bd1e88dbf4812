using Minix.Ipc;
using Minix.Kernel;

namespace Minix.DriverKit;

/// <summary>
/// DriverKit's client-side policy for a driver that restarts under its clients, in one place:
/// <see cref="BlockDeviceClient"/> and <see cref="CharacterDeviceClient"/> follow it, and a client that talks to a
/// driver with <see cref="DeviceClient"/> directly should too.
/// </summary>
/// <remarks>
/// <para>
/// A request to a driver that died ends in one of two results: <see cref="Status.DeadEndpoint"/> (the client's
/// endpoint is an old incarnation's: the driver died before or during the request, and the kernel released the
/// client) or <see cref="Status.Restart"/> (a new incarnation does not know the minor the client opened before).
/// <see cref="IsRestart"/> tells them from other failures.
/// </para>
/// <para>
/// <b>Block devices: repeat.</b> A block request names its position and length, so doing it twice gives the same
/// result as doing it once. The client finds the new incarnation (<see cref="FindNext"/>), opens its minor again,
/// grants its buffer to the new endpoint and sends the same request again, up to <see cref="MaxAttempts"/> times
/// in all; the caller sees only the final answer.
/// </para>
/// <para>
/// <b>Character devices: fail with <see cref="Status.Restart"/>.</b> A character request may have had part of its
/// effect (bytes sent down a line, input consumed), so repeating it could print twice or lose input: the call
/// returns <see cref="Status.Restart"/> at once, whichever of the two results the driver's death caused, and the
/// program decides (write the piece again, give up, tell its user). The client's next call reconnects by itself.
/// </para>
/// <para>
/// <b>Never a hang.</b> A client waits for a driver only while the reincarnation server (RS) is bringing it back:
/// <see cref="FindNext"/> asks RS first and fails with <see cref="Status.NoSuchDevice"/> when the driver is down
/// (taken down on request, or not restarted again: see <see cref="ReincarnationProtocol"/>), and otherwise waits in
/// the data store until RS publishes the new endpoint, which takes at most RS's back-off
/// (<c>ReincarnationServer.MaxBackoffSeconds</c>).
/// </para>
/// </remarks>
public static class DriverRestart
{
    /// <summary>How often a block request is sent in all (the first time and the repeats) before the client gives up.</summary>
    public const int MaxAttempts = 4;

    /// <summary>Whether <paramref name="result"/> means the driver restarted under the request.</summary>
    /// <param name="result">A result of a <see cref="DeviceClient"/> call.</param>
    /// <returns>True for <see cref="Status.DeadEndpoint"/> and <see cref="Status.Restart"/>.</returns>
    public static bool IsRestart(long result) => result == (long)Status.DeadEndpoint || result == (long)Status.Restart;

    /// <summary>
    /// Finds the incarnation of the driver <paramref name="label"/> that follows <paramref name="known"/>: at once
    /// if the data store already names another endpoint, else when RS publishes it; never while RS has the driver down.
    /// </summary>
    /// <param name="label">The driver's label (its name in system.conf and in the data store).</param>
    /// <param name="known">The endpoint that stopped answering, or <see cref="Endpoint.None"/> to find the driver the first time.</param>
    /// <param name="driver">The new endpoint.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.NoSuchDevice"/> if RS has the driver down, or why the data store could not answer.</returns>
    public static Status FindNext(ReadOnlySpan<byte> label, Endpoint known, out Endpoint driver)
    {
        driver = Endpoint.None;
        // Without RS (a host test of one driver) or for a name RS does not supervise, the data store alone decides.
        if (ServiceControl.Query(label, out ServiceStatusReply service) == Status.Ok
            && (service.State == ServiceState.Down || service.State == ServiceState.Stopping))
            return Status.NoSuchDevice;
        return DataStore.WaitForChange(label, known, out driver);
    }
}
