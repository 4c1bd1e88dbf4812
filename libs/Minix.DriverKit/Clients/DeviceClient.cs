using Minix.Ipc;
using Minix.Kernel.Grants;

namespace Minix.DriverKit;

/// <summary>
/// A client's handle on a character or block driver: builds the requests, SENDRECs them and decodes the replies.
/// Every call returns a <see cref="long"/>: zero or more on success (bytes moved, or an ioctl's value), else a
/// negative <see cref="Status"/>. Two results mean the driver restarted: <see cref="Status.DeadEndpoint"/> (the
/// endpoint is an old incarnation's: find the new one, e.g. with <see cref="DataStore.WaitForChange"/>) and
/// <see cref="Status.Restart"/> (the new incarnation does not know the minor: open it again).
/// </summary>
public partial struct DeviceClient
{
    private readonly int _base;
    private readonly int _ioctl;
    private readonly int _reply;
    private int _nextId;

    private DeviceClient(Endpoint driver, int requestBase, int ioctl, int reply)
    {
        Driver = driver;
        _base = requestBase;
        _ioctl = ioctl;
        _reply = reply;
        _nextId = 1;
    }

    /// <summary>The driver's endpoint; set it again after the driver restarts.</summary>
    public Endpoint Driver;

    /// <summary>A handle on a character driver.</summary>
    /// <param name="driver">The driver's endpoint.</param>
    /// <returns>The handle.</returns>
    public static DeviceClient Character(Endpoint driver) => new(driver, CharDeviceProtocol.Open, CharDeviceProtocol.Ioctl, CharDeviceProtocol.Reply);

    /// <summary>A handle on a block driver.</summary>
    /// <param name="driver">The driver's endpoint.</param>
    /// <returns>The handle.</returns>
    public static DeviceClient Block(Endpoint driver) => new(driver, BlockDeviceProtocol.Open, BlockDeviceProtocol.Ioctl, BlockDeviceProtocol.Reply);

    /// <summary>Opens a minor device.</summary>
    /// <param name="minor">The minor.</param>
    /// <param name="access">Read, write or both.</param>
    /// <returns>0 or a negative status.</returns>
    public long Open(int minor, DeviceAccess access) => Call(_base + 0, new DeviceRequest { Minor = minor, Access = access, Grant = GrantId.Invalid });

    /// <summary>Closes a minor device.</summary>
    /// <param name="minor">The minor.</param>
    /// <returns>0 or a negative status.</returns>
    public long Close(int minor) => Call(_base + 1, new DeviceRequest { Minor = minor, Grant = GrantId.Invalid });

    /// <summary>Reads up to <paramref name="count"/> bytes at <paramref name="position"/> into the memory <paramref name="grant"/> gives the driver (write access).</summary>
    /// <param name="minor">The minor.</param>
    /// <param name="position">Byte offset on the device.</param>
    /// <param name="grant">The caller's grant to the driver.</param>
    /// <param name="count">Bytes.</param>
    /// <returns>Bytes read, or a negative status.</returns>
    public long Read(int minor, long position, GrantId grant, int count) =>
        Call(_base + 2, new DeviceRequest { Minor = minor, Position = position, Grant = grant.Value, Count = count });

    /// <summary>Writes <paramref name="count"/> bytes at <paramref name="position"/> from the memory <paramref name="grant"/> gives the driver (read access).</summary>
    /// <param name="minor">The minor.</param>
    /// <param name="position">Byte offset on the device.</param>
    /// <param name="grant">The caller's grant to the driver.</param>
    /// <param name="count">Bytes.</param>
    /// <returns>Bytes written, or a negative status.</returns>
    public long Write(int minor, long position, GrantId grant, int count) =>
        Call(_base + 3, new DeviceRequest { Minor = minor, Position = position, Grant = grant.Value, Count = count });

    /// <summary>Sends a driver-specific control request.</summary>
    /// <param name="minor">The minor.</param>
    /// <param name="request">The driver's request code.</param>
    /// <param name="grant">A grant for the request's data, or an invalid id if it has none.</param>
    /// <param name="argument">A small integer argument, for requests that need no grant.</param>
    /// <returns>The driver's answer, or a negative status.</returns>
    public long Ioctl(int minor, int request, GrantId grant, long argument = 0) =>
        Call(_ioctl, new DeviceRequest { Minor = minor, IoctlRequest = request, Grant = grant.Value, Position = argument });

    /// <summary>Sends a driver-specific control request that carries only an integer.</summary>
    /// <param name="minor">The minor.</param>
    /// <param name="request">The driver's request code.</param>
    /// <param name="argument">The argument.</param>
    /// <returns>The driver's answer, or a negative status.</returns>
    public long Ioctl(int minor, int request, long argument = 0) => Ioctl(minor, request, new GrantId(GrantId.Invalid), argument);

    private long Call(int type, DeviceRequest body)
    {
        body.Id = _nextId++;
        var m = Message.Create(type, body);
        Status ipc = Messaging.SendRec(Driver, ref m);
        if (ipc != Status.Ok)
            return (long)ipc;
        if (m.Type == _reply)
            return m.Payload<DeviceReply>().Result;
        return m.Type < 0 ? m.Type : (long)Status.BadRequest;
    }
}
