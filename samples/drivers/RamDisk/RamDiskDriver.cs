using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Calls;
using Minix.Kernel.Privileges;

[assembly: Driver("ramdisk")]

namespace Minix.Samples.RamDisk;

/// <summary>
/// A RAM disk: a block device whose blocks are memory. Reads and writes go straight between that memory and the
/// client's buffers (one SYS_SAFECOPY or SYS_VSAFECOPY a request, through the client's grants), at any byte position.
/// </summary>
/// <remarks>
/// <para>
/// <b>Memory that outlives the driver.</b> When system.conf grants the driver physical memory with <c>mem</c> (a
/// boot data module such as the root file system's image, <c>mem rootfs;</c>, or a physical range), each granted
/// range is a minor, in the order <c>mem</c> lists them (minor 0 the first), and the driver maps it with SYS_MAPPHYS.
/// That memory belongs to no process: a restarted driver maps the same bytes again, and its clients find the disk as
/// they left it (they open the minor again and repeat the request the crash interrupted).
/// </para>
/// <para>
/// <b>Without <c>mem</c></b> (a host test, an image with no module for it) minor 0 is memory the driver allocates
/// at start-up, of the size it was created with. That memory is the process's own: after a restart the disk is
/// empty, as after a power cut.
/// </para>
/// </remarks>
public sealed unsafe class RamDiskDriver : BlockDriver
{
    /// <summary>The size of the driver's own memory when no <c>mem</c> is granted: 64 KiB.</summary>
    public const int DefaultSize = 64 * 1024;

    /// <summary>Ioctl: answer the disk's size in bytes.</summary>
    public const int IoctlGetSize = 1;

    /// <summary>
    /// Ioctl: copy a <see cref="RamDiskInfo"/> into the grant the request names, which must let the driver write
    /// <c>sizeof(RamDiskInfo)</c> bytes; answers 0, or the copy's refusal.
    /// </summary>
    public const int IoctlGetInfo = 2;

    private readonly int _ownSize;
    private Addresses _address;
    private Sizes _size;
    private int _disks;
    private bool _mapped;
    private long _bytesRead;
    private long _bytesWritten;

    /// <summary>Creates the driver.</summary>
    /// <param name="size">The size of the driver's own memory, used when system.conf grants it none.</param>
    public RamDiskDriver(int size = DefaultSize)
    {
        _ownSize = size;
    }

    /// <summary>Maps every memory range system.conf grants (a minor each), or allocates the driver's own memory.</summary>
    /// <returns><see cref="Status.Ok"/>, or the kernel's refusal to map a granted range.</returns>
    [UsesKernelCall(KernelCall.MapPhys)]
    protected override Status OnInitFresh()
    {
        for (int i = 0; i < Limits.MemoryRanges && Sys.MemoryRange(i, out MemoryRange range) == Status.Ok; i++)
        {
            ulong length = range.Limit - range.Base + 1;
            Status status = Sys.MapPhysical(range.Base, length, writable: true, out ulong address);
            if (status != Status.Ok)
                return status;
            _address[_disks] = address;
            _size[_disks] = (long)length;
            _disks++;
        }

        _mapped = _disks > 0;
        if (!_mapped)
        {
            byte[] own = PinnedMemory.Allocate(_ownSize);
            _address[0] = (ulong)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(own));
            _size[0] = _ownSize;
            _disks = 1;
        }

        var line = new LogText(stackalloc byte[96]);
        if (_mapped)
        {
            line.Append(IsRestart ? "ready again after a restart: "u8 : "ready: "u8);
            for (int d = 0; d < _disks; d++)
                line.Append(d == 0 ? ""u8 : ", "u8).Append(_size[d] / 1024).Append(" KiB"u8);
            line.Append(IsRestart ? " of boot memory, as it was"u8 : " of boot memory"u8);
        }
        else
        {
            line.Append("ready: "u8).Append(_ownSize / 1024).Append(IsRestart ? " KiB, empty again after a restart"u8 : " KiB"u8);
        }

        Log.Write(line.Text);
        return Status.Ok;
    }

    /// <summary>A minor per memory range.</summary>
    /// <param name="minor">The minor.</param>
    /// <param name="access">Ignored.</param>
    /// <param name="client">The client.</param>
    /// <returns><see cref="Status.Ok"/> or <see cref="Status.NoSuchDevice"/>.</returns>
    protected override Status Open(int minor, DeviceAccess access, Endpoint client) => minor < _disks ? Status.Ok : Status.NoSuchDevice;

    /// <summary>The minor's size, as a disk of MINIX's flat geometry.</summary>
    /// <param name="minor">An open minor.</param>
    /// <returns>The geometry.</returns>
    protected override BlockGeometry Geometry(int minor) => BlockGeometry.Flat(_size[minor]);

    /// <summary>Copies between the disk and the client's buffers: one kernel call, however many buffers.</summary>
    /// <param name="transfer">The transfer (inside the disk).</param>
    /// <returns>Bytes moved, or a negative status.</returns>
    protected override long Transfer(ref BlockTransfer transfer)
    {
        // The address is the driver's own: memory SYS_MAPPHYS mapped into it, or its own pinned array.
#pragma warning disable MINIX005
        byte* start = (byte*)_address[transfer.Minor] + transfer.Position;
#pragma warning restore MINIX005
        // One copy moves at most 1 GiB (a span's length is an int): a larger run takes several.
        for (long done = 0; done < transfer.Length;)
        {
            int piece = (int)Math.Min(transfer.Length - done, 1 << 30);
            var disk = new Span<byte>(start + done, piece);
            Status status = transfer.IsWrite ? transfer.CopyFromClient(done, disk) : transfer.CopyToClient(done, disk);
            if (status != Status.Ok)
                return (long)status;
            done += piece;
        }

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
            return _size[request.Minor];
        if (request.IoctlRequest != IoctlGetInfo)
            return (long)Status.BadRequest;
        var info = new RamDiskInfo { Size = _size[request.Minor], BytesRead = _bytesRead, BytesWritten = _bytesWritten };
        Status status = CopyToClient(request, 0, MemoryMarshal.AsBytes(MemoryMarshal.CreateReadOnlySpan(ref info, 1)));
        return status == Status.Ok ? 0 : (long)status;
    }

    [InlineArray(Limits.MemoryRanges)]
    private struct Addresses
    {
        private ulong _element0;
    }

    [InlineArray(Limits.MemoryRanges)]
    private struct Sizes
    {
        private long _element0;
    }
}

/// <summary>The RAM-disk driver's program.</summary>
public static class Program
{
    /// <summary>Runs the driver with the default size.</summary>
    public static void Main() => new RamDiskDriver().Run();
}
