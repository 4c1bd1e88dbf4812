using Minix.Ipc;
using Minix.Kernel.Grants;

namespace Minix.DriverKit;

/// <summary>
/// A device request as a driver's handler sees it: who sent it, how, and its <see cref="DeviceRequest"/> fields.
/// Keep a copy to answer later (see <see cref="DeviceDriver.Complete"/>).
/// </summary>
public readonly struct IoRequest
{
    private readonly DeviceRequest _body;

    /// <summary>Wraps a received request.</summary>
    /// <param name="client">The sender.</param>
    /// <param name="deliveredBy">The primitive it came with.</param>
    /// <param name="type">The message type.</param>
    /// <param name="body">The payload.</param>
    public IoRequest(Endpoint client, IpcCall deliveredBy, int type, in DeviceRequest body)
    {
        Client = client;
        DeliveredBy = deliveredBy;
        Type = type;
        _body = body;
    }

    /// <summary>The sender: the grant's owner, and where the reply goes.</summary>
    public Endpoint Client { get; }

    /// <summary>The primitive the request came with.</summary>
    public IpcCall DeliveredBy { get; }

    /// <summary>The message type.</summary>
    public int Type { get; }

    /// <summary>The minor device.</summary>
    public int Minor => _body.Minor;

    /// <summary>The client's request number.</summary>
    public int Id => _body.Id;

    /// <summary>Byte offset on the device.</summary>
    public long Position => _body.Position;

    /// <summary>The client's grant for the data (for a vectored request: for its I/O vector).</summary>
    public GrantId Grant => new(_body.Grant);

    /// <summary>Bytes to move; for a vectored request, the number of elements of its I/O vector.</summary>
    public int Count => _body.Count;

    /// <summary>Whether this is a vectored block request (<see cref="BlockDeviceProtocol.Gather"/> or <see cref="BlockDeviceProtocol.Scatter"/>), whose <see cref="Grant"/> names the client's I/O vector.</summary>
    public bool IsVectored => Type == BlockDeviceProtocol.Gather || Type == BlockDeviceProtocol.Scatter;

    /// <summary>Open: the access asked for.</summary>
    public DeviceAccess Access => _body.Access;

    /// <summary>Ioctl: the integer argument (carried in the position field).</summary>
    public long Argument => _body.Position;

    /// <summary>Ioctl: the request code.</summary>
    public int IoctlRequest => _body.IoctlRequest;
}
