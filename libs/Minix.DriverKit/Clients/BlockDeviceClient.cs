using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel.Grants;

namespace Minix.DriverKit;

/// <summary>
/// A client's handle on one minor of a block driver, found by label in the data store, that rides through the
/// driver's restarts: a request the restart interrupted is repeated on the new incarnation
/// (<see cref="DriverRestart"/> has the policy). Each call grants the caller's buffer to the driver for that call
/// only, and returns bytes moved (or an ioctl's value) or a negative <see cref="Status"/>.
/// </summary>
/// <remarks>
/// Create it when the program starts (it allocates nothing afterwards), with a registered <see cref="GrantTable"/>
/// that has a free entry per call in flight. Calls before <see cref="Open"/> open the minor first.
/// </remarks>
public sealed class BlockDeviceClient
{
    private DeviceLink _link;

    /// <summary>Prepares a handle; nothing is sent until the first call.</summary>
    /// <param name="label">The driver's label, e.g. <c>ramdisk</c>.</param>
    /// <param name="minor">The minor device.</param>
    /// <param name="access">What to open it for.</param>
    /// <param name="grants">The caller's registered grant table.</param>
    public BlockDeviceClient(ReadOnlySpan<byte> label, int minor, DeviceAccess access, GrantTable grants)
    {
        _link = new DeviceLink(label, minor, access, grants, block: true);
    }

    /// <summary>The driver's current endpoint (<see cref="Endpoint.None"/> before the first call).</summary>
    public Endpoint Driver => _link.Device.Driver;

    /// <summary>How many requests were repeated because the driver restarted under them.</summary>
    public int Repeats { get; private set; }

    /// <summary>Finds the driver and opens the minor (repeated like any request if the driver restarts meanwhile).</summary>
    /// <returns>0 or a negative status.</returns>
    public long Open() => Send(DeviceOperation.Ioctl, 0, default, GrantFlags.None, 0, 0, openOnly: true);

    /// <summary>Closes the minor; the next call opens it again.</summary>
    /// <returns>0 or a negative status (a driver that restarted has nothing open to close: 0).</returns>
    public long Close() => _link.Close();

    /// <summary>Reads <paramref name="buffer"/>.Length bytes at <paramref name="position"/>.</summary>
    /// <param name="position">Byte offset on the device.</param>
    /// <param name="buffer">Where the bytes go.</param>
    /// <returns>Bytes read (fewer at the end of the device), or a negative status.</returns>
    public long Read(long position, Span<byte> buffer) => Send(DeviceOperation.Read, position, buffer, GrantFlags.Write, 0, 0);

    /// <summary>Writes <paramref name="buffer"/> at <paramref name="position"/>.</summary>
    /// <param name="position">Byte offset on the device.</param>
    /// <param name="buffer">The bytes (the driver only reads them, through a read-only grant).</param>
    /// <returns>Bytes written, or a negative status.</returns>
    public long Write(long position, Span<byte> buffer) => Send(DeviceOperation.Write, position, buffer, GrantFlags.Read, 0, 0);

    /// <summary>A driver-specific control request carrying only an integer.</summary>
    /// <param name="request">The driver's request code.</param>
    /// <param name="argument">The argument.</param>
    /// <returns>The driver's answer, or a negative status.</returns>
    public long Ioctl(int request, long argument = 0) => Send(DeviceOperation.Ioctl, 0, default, GrantFlags.None, request, argument);

    /// <summary>A driver-specific control request whose data is <paramref name="data"/>, granted with <paramref name="access"/>.</summary>
    /// <param name="request">The driver's request code.</param>
    /// <param name="data">The request's data.</param>
    /// <param name="access">Read (the driver reads it), write (the driver fills it) or both.</param>
    /// <returns>The driver's answer, or a negative status.</returns>
    public long Ioctl(int request, Span<byte> data, GrantFlags access) => Send(DeviceOperation.Ioctl, 0, data, access, request, 0);

    /// <summary>
    /// Reads consecutive bytes of the device from <paramref name="position"/> into <paramref name="buffers"/> with one
    /// vectored request (<see cref="BlockDeviceProtocol.Gather"/>): a buffer cache's multi-block read.
    /// </summary>
    /// <param name="position">Byte offset on the device.</param>
    /// <param name="buffers">1 .. <see cref="BlockDeviceProtocol.MaxVectorElements"/> buffers that must not move, in device order.</param>
    /// <returns>Bytes read (fewer at the end of the device), or a negative status.</returns>
    public long Gather(long position, ReadOnlySpan<IoBuffer> buffers) => Send(DeviceOperation.Gather, position, default, GrantFlags.Write, 0, 0, buffers: buffers);

    /// <summary>Writes <paramref name="buffers"/> to consecutive bytes of the device from <paramref name="position"/> on, with one vectored request (<see cref="BlockDeviceProtocol.Scatter"/>).</summary>
    /// <param name="position">Byte offset on the device.</param>
    /// <param name="buffers">1 .. <see cref="BlockDeviceProtocol.MaxVectorElements"/> buffers that must not move, in device order.</param>
    /// <returns>Bytes written, or a negative status.</returns>
    public long Scatter(long position, ReadOnlySpan<IoBuffer> buffers) => Send(DeviceOperation.Scatter, position, default, GrantFlags.Read, 0, 0, buffers: buffers);

    /// <summary>The minor's geometry (<see cref="BlockDeviceProtocol.GetGeometry"/>).</summary>
    /// <param name="geometry">The answer (zeroes on failure).</param>
    /// <returns>The minor's size in bytes, or a negative status.</returns>
    public long Geometry(out BlockGeometry geometry)
    {
        BlockGeometry answer = default;
        long result = Ioctl(BlockDeviceProtocol.GetGeometry, MemoryMarshal.AsBytes(new Span<BlockGeometry>(ref answer)), GrantFlags.Write);
        geometry = result >= 0 ? answer : default;
        return result;
    }

    /// <summary>Has the device write what it caches to the medium (<see cref="BlockDeviceProtocol.Flush"/>).</summary>
    /// <returns>0, or a negative status.</returns>
    public long Flush() => Ioctl(BlockDeviceProtocol.Flush);

    /// <summary>The policy's loop: connect if needed, send, and after a restart find the new incarnation and repeat.</summary>
    private long Send(DeviceOperation operation, long position, Span<byte> data, GrantFlags access, int ioctl, long argument, bool openOnly = false, ReadOnlySpan<IoBuffer> buffers = default)
    {
        long result = (long)Status.Restart;
        for (int attempt = 0; attempt < DriverRestart.MaxAttempts; attempt++)
        {
            Endpoint lost = result == (long)Status.DeadEndpoint ? _link.Device.Driver : Endpoint.None;
            result = _link.IsOpen ? 0 : _link.Connect(lost);
            if (result >= 0 && !openOnly)
                result = _link.Once(operation, position, data, access, ioctl, argument, buffers);
            if (!DriverRestart.IsRestart(result))
                return result;
            _link.IsOpen = false;
            Repeats++;
        }

        return result;
    }
}
