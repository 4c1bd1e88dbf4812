using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.DriverKit;

/// <summary>
/// Character-device requests (MINIX's CDEV range, 0x400) and their one reply type. Every request carries a
/// <see cref="DeviceRequest"/>; the reply, of type <see cref="Reply"/>, a <see cref="DeviceReply"/>.
/// </summary>
public static class CharDeviceProtocol
{
    /// <summary>Open a minor device.</summary>
    public const int Open = MessageType.CharDeviceBase + 0;

    /// <summary>Close a minor device.</summary>
    public const int Close = MessageType.CharDeviceBase + 1;

    /// <summary>Read into the client's grant.</summary>
    public const int Read = MessageType.CharDeviceBase + 2;

    /// <summary>Write from the client's grant.</summary>
    public const int Write = MessageType.CharDeviceBase + 3;

    /// <summary>A device-specific control request, with data through a grant.</summary>
    public const int Ioctl = MessageType.CharDeviceBase + 4;

    /// <summary>
    /// The client gives up a request it is still waiting for (<see cref="DeviceRequest.Id"/> names it): the process
    /// it was for was interrupted by a signal or ended. The driver answers the request itself, if it still holds it,
    /// with <see cref="Status.Interrupted"/> (or what it had done); the cancel gets no answer of its own.
    /// </summary>
    public const int Cancel = MessageType.CharDeviceBase + 5;

    /// <summary>The reply to every request.</summary>
    public const int Reply = MessageType.CharDeviceBase + 0x80;
}

/// <summary>
/// Block-device requests (MINIX's BDEV range, 0x500) and their one reply type, with the same layouts as
/// <see cref="CharDeviceProtocol"/>. Positions are byte offsets on the device.
/// </summary>
public static class BlockDeviceProtocol
{
    /// <summary>Open a minor device.</summary>
    public const int Open = MessageType.BlockDeviceBase + 0;

    /// <summary>Close a minor device.</summary>
    public const int Close = MessageType.BlockDeviceBase + 1;

    /// <summary>Read into the client's grant.</summary>
    public const int Read = MessageType.BlockDeviceBase + 2;

    /// <summary>Write from the client's grant.</summary>
    public const int Write = MessageType.BlockDeviceBase + 3;

    /// <summary>A device-specific control request.</summary>
    public const int Ioctl = MessageType.BlockDeviceBase + 6;

    /// <summary>The reply to every request.</summary>
    public const int Reply = MessageType.BlockDeviceBase + 0x80;
}

/// <summary>How a minor device is opened.</summary>
[Flags]
public enum DeviceAccess
{
    /// <summary>No access asked.</summary>
    None = 0,

    /// <summary>For reading.</summary>
    Read = 1,

    /// <summary>For writing.</summary>
    Write = 2,
}

/// <summary>The payload of every character and block device request.</summary>
[StructLayout(LayoutKind.Explicit, Size = 40)]
public struct DeviceRequest : IMessagePayload
{
    /// <summary>The minor device (0 .. <see cref="DeviceDriver.MaxMinors"/> - 1).</summary>
    [FieldOffset(0)] public int Minor;

    /// <summary>The client's number for this request, echoed in the reply.</summary>
    [FieldOffset(4)] public int Id;

    /// <summary>Read, write: byte offset on the device (character devices may ignore it). Ioctl: a small integer argument, for requests that need no grant.</summary>
    [FieldOffset(8)] public long Position;

    /// <summary>Read, write, ioctl: the grant id of the client's buffer (a <see cref="Kernel.Grants.GrantId"/> value).</summary>
    [FieldOffset(16)] public int Grant;

    /// <summary>Read, write: bytes to transfer.</summary>
    [FieldOffset(20)] public int Count;

    /// <summary>Open: the <see cref="DeviceAccess"/> asked for.</summary>
    [FieldOffset(24)] public DeviceAccess Access;

    /// <summary>Ioctl: the driver-specific request code.</summary>
    [FieldOffset(28)] public int IoctlRequest;

    /// <summary>The process the client asks for: the virtual file system names the program whose file call this is (other clients leave it 0).</summary>
    [FieldOffset(32)] public Endpoint User;

    /// <summary><see cref="DeviceRequestFlags"/>.</summary>
    [FieldOffset(36)] public DeviceRequestFlags Flags;
}

/// <summary>What a client says about a request beyond its fields.</summary>
[Flags]
public enum DeviceRequestFlags
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Open: the device becomes the controlling terminal of <see cref="DeviceRequest.User"/>'s session (the user is its leader).</summary>
    ControllingTerminal = 1,

    /// <summary>Read, write: O_NONBLOCK, answer <see cref="Status.TryAgain"/> rather than wait.</summary>
    NonBlocking = 2,
}

/// <summary>The payload of a device reply (<see cref="CharDeviceProtocol.Reply"/>, <see cref="BlockDeviceProtocol.Reply"/>).</summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
public struct DeviceReply : IMessagePayload
{
    /// <summary>The request's <see cref="DeviceRequest.Id"/>.</summary>
    [FieldOffset(0)] public int Id;

    /// <summary>Zero or more: success (bytes transferred, or an ioctl's value). Negative: a <see cref="Ipc.Status"/>;
    /// <see cref="Status.Restart"/> means the minor is not open in this incarnation of the driver: open it again.</summary>
    [FieldOffset(8)] public long Result;

    /// <summary><see cref="Result"/> as a status: <see cref="Status.Ok"/> for any success value.</summary>
    public readonly Status Status => Result < 0 ? (Status)Result : Status.Ok;
}
