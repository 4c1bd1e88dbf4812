using System.Runtime.InteropServices;
using Minix.DriverKit;
using Minix.Ipc;

[assembly: Driver("ramdisk")]

namespace Minix.Samples.RamDisk;

/// <summary>
/// A RAM disk: a block device whose blocks are the driver's own memory, allocated once at start-up. Reads and writes
/// go straight between that memory and the client's grant (SYS_SAFECOPYTO/FROM), at any byte position; the driver
/// never sees the client's memory otherwise.
/// </summary>
/// <remarks>
/// <b>After a restart the disk is empty.</b> The memory belongs to the process, and a restarted driver is a new
/// process. Clients notice the way they notice any driver restart: their minor is no longer open
/// (<see cref="Status.Restart"/>), they open it again and find zeroes, as after a power cut. Keeping the contents
/// would need state outside the process (MINIX's memory driver hands its state to its successor through the data
/// store and live update); this sample keeps to the simplest honest behaviour.
/// </remarks>
public sealed class RamDiskDriver : BlockDriver
{
    /// <summary>The size when none is given: 64 KiB.</summary>
    public const int DefaultSize = 64 * 1024;

    /// <summary>Ioctl: answer the disk's size in bytes.</summary>
    public const int IoctlGetSize = 1;

    /// <summary>
    /// Ioctl: copy a <see cref="RamDiskInfo"/> into the grant the request names, which must let the driver write
    /// <c>sizeof(RamDiskInfo)</c> bytes; answers 0, or the copy's refusal.
    /// </summary>
    public const int IoctlGetInfo = 2;

    private readonly int _size;
    private long _bytesRead;
    private long _bytesWritten;
    private byte[] _disk = new byte[0];

    /// <summary>Creates the driver.</summary>
    /// <param name="size">The disk's size in bytes.</param>
    public RamDiskDriver(int size = DefaultSize)
    {
        _size = size;
    }

    /// <summary>Allocates the disk (zeroed).</summary>
    /// <returns><see cref="Status.Ok"/>.</returns>
    protected override Status OnInitFresh()
    {
        _disk = new byte[_size];
        var line = new LogText(stackalloc byte[80]);
        line.Append("ready: "u8).Append(_size / 1024).Append(IsRestart ? " KiB, empty again after a restart"u8 : " KiB"u8);
        Log.Write(line.Text);
        return Status.Ok;
    }

    /// <summary>The whole disk is minor 0.</summary>
    /// <param name="minor">The minor.</param>
    /// <returns>The disk's geometry.</returns>
    protected override BlockGeometry Geometry(int minor) => BlockGeometry.Flat(_size);

    /// <summary>Copies between the disk and the client's buffers: one kernel call, however many buffers.</summary>
    /// <param name="transfer">The transfer (inside the disk).</param>
    /// <returns>Bytes moved, or a negative status.</returns>
    protected override long Transfer(ref BlockTransfer transfer)
    {
        Span<byte> disk = _disk.AsSpan((int)transfer.Position, (int)transfer.Length);
        Status status = transfer.IsWrite ? transfer.CopyFromClient(0, disk) : transfer.CopyToClient(0, disk);
        if (status != Status.Ok)
            return (long)status;
        if (transfer.IsWrite)
            _bytesWritten += transfer.Length;
        else
            _bytesRead += transfer.Length;
        return transfer.Length;
    }

    /// <summary><see cref="IoctlGetSize"/> and <see cref="IoctlGetInfo"/>.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The size, 0 after copying the information, or a negative status.</returns>
    protected override long DeviceIoctl(in IoRequest request)
    {
        if (request.IoctlRequest == IoctlGetSize)
            return _size;
        if (request.IoctlRequest != IoctlGetInfo)
            return (long)Status.BadRequest;
        var info = new RamDiskInfo { Size = _size, BytesRead = _bytesRead, BytesWritten = _bytesWritten };
        Status status = CopyToClient(request, 0, MemoryMarshal.AsBytes(MemoryMarshal.CreateReadOnlySpan(ref info, 1)));
        return status == Status.Ok ? 0 : (long)status;
    }
}

/// <summary>The RAM-disk driver's program.</summary>
public static class Program
{
    /// <summary>Runs the driver with the default size.</summary>
    public static void Main() => new RamDiskDriver().Run();
}
