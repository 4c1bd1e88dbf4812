using Minix.Ipc;
using Minix.Kernel.Grants;

namespace Minix.DriverKit;

/// <summary>
/// A client's handle on one minor of a character driver, found by label in the data store. When the driver
/// restarts under a call, the call fails with <see cref="Status.Restart"/> (it is not repeated: it may have had part of
/// its effect; <see cref="DriverRestart"/> has the policy) and the next call finds the new incarnation and opens
/// the minor again. Each call grants the caller's buffer to the driver for that call only, and returns bytes moved
/// (or an ioctl's value) or a negative <see cref="Status"/>.
/// </summary>
/// <remarks>
/// Create it when the program starts (it allocates nothing afterwards), with a registered <see cref="GrantTable"/>
/// that has a free entry per call in flight.
/// </remarks>
public sealed class CharacterDeviceClient
{
    private DeviceLink _link;
    private Endpoint _lost = Endpoint.None;

    /// <summary>Prepares a handle; nothing is sent until the first call.</summary>
    /// <param name="label">The driver's label, e.g. <c>serial</c>.</param>
    /// <param name="minor">The minor device.</param>
    /// <param name="access">What to open it for.</param>
    /// <param name="grants">The caller's registered grant table.</param>
    public CharacterDeviceClient(ReadOnlySpan<byte> label, int minor, DeviceAccess access, GrantTable grants)
    {
        _link = new DeviceLink(label, minor, access, grants, block: false);
    }

    /// <summary>The driver's current endpoint (<see cref="Endpoint.None"/> before the first call).</summary>
    public Endpoint Driver => _link.Device.Driver;

    /// <summary>How many calls failed with <see cref="Status.Restart"/> because the driver restarted under them.</summary>
    public int Restarts { get; private set; }

    /// <summary>Finds the driver and opens the minor (done by the first call otherwise).</summary>
    /// <returns>0, <see cref="Status.Restart"/> if the driver restarted meanwhile, or another negative status.</returns>
    public long Open() => Send(DeviceOperation.Ioctl, default, GrantFlags.None, 0, 0, openOnly: true);

    /// <summary>Closes the minor; the next call opens it again.</summary>
    /// <returns>0 or a negative status (a driver that restarted has nothing open to close: 0).</returns>
    public long Close() => _link.Close();

    /// <summary>Reads up to <paramref name="buffer"/>.Length bytes.</summary>
    /// <param name="buffer">Where the bytes go.</param>
    /// <returns>Bytes read, <see cref="Status.Restart"/>, or another negative status.</returns>
    public long Read(Span<byte> buffer) => Send(DeviceOperation.Read, buffer, GrantFlags.Write, 0, 0);

    /// <summary>Writes <paramref name="buffer"/>.</summary>
    /// <param name="buffer">The bytes (the driver only reads them).</param>
    /// <returns>Bytes written, <see cref="Status.Restart"/>, or another negative status.</returns>
    public long Write(Span<byte> buffer) => Send(DeviceOperation.Write, buffer, GrantFlags.Read, 0, 0);

    /// <summary>A driver-specific control request carrying only an integer.</summary>
    /// <param name="request">The driver's request code.</param>
    /// <param name="argument">The argument.</param>
    /// <returns>The driver's answer, <see cref="Status.Restart"/>, or another negative status.</returns>
    public long Ioctl(int request, long argument = 0) => Send(DeviceOperation.Ioctl, default, GrantFlags.None, request, argument);

    /// <summary>A driver-specific control request whose data is <paramref name="data"/>, granted with <paramref name="access"/>.</summary>
    /// <param name="request">The driver's request code.</param>
    /// <param name="data">The request's data.</param>
    /// <param name="access">Read (the driver reads it), write (the driver fills it) or both.</param>
    /// <returns>The driver's answer, <see cref="Status.Restart"/>, or another negative status.</returns>
    public long Ioctl(int request, Span<byte> data, GrantFlags access) => Send(DeviceOperation.Ioctl, data, access, request, 0);

    private long Send(DeviceOperation operation, Span<byte> data, GrantFlags access, int ioctl, long argument, bool openOnly = false)
    {
        long result = _link.IsOpen ? 0 : _link.Connect(_lost);
        if (result >= 0)
        {
            _lost = Endpoint.None;
            if (!openOnly)
                result = _link.Once(operation, 0, data, access, ioctl, argument);
        }

        if (!DriverRestart.IsRestart(result))
            return result;
        // The program hears of the restart once, as ERESTART; its next call reconnects.
        if (result == (long)Status.DeadEndpoint)
            _lost = _link.Device.Driver;
        _link.IsOpen = false;
        Restarts++;
        return (long)Status.Restart;
    }
}
