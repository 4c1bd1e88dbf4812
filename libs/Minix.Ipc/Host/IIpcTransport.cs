namespace Minix.Ipc;

/// <summary>
/// Carries a host thread's IPC to a simulated machine (the test harness installs one per simulated process with
/// <see cref="IpcTransport.Current"/>). On the image the kernel's traps take its place.
/// </summary>
public interface IIpcTransport
{
    /// <summary>Performs one IPC primitive for the calling process.</summary>
    /// <param name="call">The primitive.</param>
    /// <param name="partner">Destination or source endpoint.</param>
    /// <param name="message">The message buffer.</param>
    /// <param name="status">For RECEIVE: how the message was delivered.</param>
    /// <returns>The result.</returns>
    Status Call(IpcCall call, Endpoint partner, ref Message message, out IpcStatus status);

    /// <summary>Performs one kernel call for the calling process.</summary>
    /// <param name="message">Request in, reply out.</param>
    /// <returns>The call's status.</returns>
    Status KernelCall(ref Message message);
}

/// <summary>The transport of the calling host thread.</summary>
public static class IpcTransport
{
    [ThreadStatic]
    private static IIpcTransport? _current;

    /// <summary>The transport IPC on this thread uses; null outside a simulated process.</summary>
    public static IIpcTransport? Current
    {
        get => _current;
        set => _current = value;
    }

    internal static IIpcTransport Require() =>
        _current ?? throw new InvalidOperationException(
            "IPC needs a machine: this code runs as a process on the Minix# image, or on the host under a simulated machine (Minix.DriverKit.Testing); this thread has neither.");
}
