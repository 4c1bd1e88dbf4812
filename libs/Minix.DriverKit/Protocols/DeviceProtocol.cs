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

    /// <summary>The reply to every request.</summary>
    public const int Reply = MessageType.CharDeviceBase + 0x80;
}

/// <summary>
/// Block-device requests (MINIX's BDEV range, 0x500, with MINIX's numbers) and their one reply type. Every request
/// carries a <see cref="DeviceRequest"/>; positions are byte offsets on the device. <see cref="Read"/> and
/// <see cref="Write"/> move <see cref="DeviceRequest.Count"/> bytes through one grant; <see cref="Gather"/> and
/// <see cref="Scatter"/> move the bytes of several buffers, which the client lists in an I/O vector
/// (<see cref="IoVectorElement"/>s) in its own memory: <see cref="DeviceRequest.Grant"/> is then the grant of the
/// vector (read access) and <see cref="DeviceRequest.Count"/> the number of elements (1 ..
/// <see cref="MaxVectorElements"/>); each element names a grant of one buffer and its size, and the buffers follow
/// one another on the device from <see cref="DeviceRequest.Position"/> on. The reply's result is the number of bytes
/// moved (fewer at the end of the device, 0 past it) or a negative status.
/// </summary>
/// <remarks>
/// Every block request is idempotent: reading or writing the same bytes at the same position again has the effect of
/// doing it once. A client whose driver died before answering therefore repeats the request to the driver's next
/// incarnation (after opening the minor again: a new incarnation answers <see cref="Status.Restart"/> for a minor
/// the client has not opened with it).
/// </remarks>
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

    /// <summary>Vectored read (MINIX's BDEV_GATHER): read consecutive bytes of the device into the buffers an I/O vector lists.</summary>
    public const int Gather = MessageType.BlockDeviceBase + 4;

    /// <summary>Vectored write (MINIX's BDEV_SCATTER): write the buffers an I/O vector lists to consecutive bytes of the device.</summary>
    public const int Scatter = MessageType.BlockDeviceBase + 5;

    /// <summary>A control request: <see cref="GetGeometry"/>, or one a driver defines.</summary>
    public const int Ioctl = MessageType.BlockDeviceBase + 6;

    /// <summary>The reply to every request.</summary>
    public const int Reply = MessageType.BlockDeviceBase + 0x80;

    /// <summary>The most elements one <see cref="Gather"/> or <see cref="Scatter"/> may list (MINIX's NR_IOREQS).</summary>
    public const int MaxVectorElements = 64;

    /// <summary>
    /// Ioctl request code every block driver answers (MINIX's DIOCGETP): copies the minor's
    /// <see cref="BlockGeometry"/> into the request's grant (write access, at least <see cref="BlockGeometry.Size"/>
    /// bytes) and answers the device's size in bytes. Codes a driver defines for itself are below 0x100.
    /// </summary>
    public const int GetGeometry = 0x100;

    /// <summary>
    /// Ioctl request code every block driver answers (MINIX's DIOCFLUSH): writes what the device still holds in a
    /// volatile cache to the medium, and answers 0 when it is there. A file server sends it on sync and unmount.
    /// </summary>
    public const int Flush = 0x101;
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
[StructLayout(LayoutKind.Explicit, Size = 32)]
public struct DeviceRequest : IMessagePayload
{
    /// <summary>The minor device (0 .. <see cref="DeviceDriver.MaxMinors"/> - 1).</summary>
    [FieldOffset(0)] public int Minor;

    /// <summary>The client's number for this request, echoed in the reply.</summary>
    [FieldOffset(4)] public int Id;

    /// <summary>Read, write: byte offset on the device (character devices may ignore it). Ioctl: a small integer argument, for requests that need no grant.</summary>
    [FieldOffset(8)] public long Position;

    /// <summary>Read, write, ioctl: the grant id of the client's buffer; gather, scatter: of its I/O vector (a <see cref="Kernel.Grants.GrantId"/> value).</summary>
    [FieldOffset(16)] public int Grant;

    /// <summary>Read, write: bytes to transfer. Gather, scatter: the number of <see cref="IoVectorElement"/>s in the vector <see cref="Grant"/> names.</summary>
    [FieldOffset(20)] public int Count;

    /// <summary>Open: the <see cref="DeviceAccess"/> asked for.</summary>
    [FieldOffset(24)] public DeviceAccess Access;

    /// <summary>Ioctl: the driver-specific request code.</summary>
    [FieldOffset(28)] public int IoctlRequest;
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
