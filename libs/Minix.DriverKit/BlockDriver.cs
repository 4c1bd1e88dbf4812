using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Grants;

namespace Minix.DriverKit;

/// <summary>
/// The base of a block-device driver (a disk, a RAM disk): random access by byte position, requests of the
/// <see cref="BlockDeviceProtocol"/>. Override <see cref="Geometry"/> (the size of each minor) and
/// <see cref="Transfer"/> (move bytes), <see cref="DeviceDriver.Open"/> for the minors that exist, and
/// <see cref="Flush"/> if the device caches writes; the base does
/// the rest, as MINIX's libblockdriver does: it turns plain reads and writes and vectored gathers and scatters into one
/// <see cref="BlockTransfer"/> (reading the client's I/O vector through its grant), cuts it at the end of the device,
/// and answers <see cref="BlockDeviceProtocol.GetGeometry"/> and <see cref="BlockDeviceProtocol.Flush"/> itself.
/// </summary>
/// <remarks>
/// Block requests must be idempotent: reading or writing the same bytes at the same position twice has the effect of
/// doing it once, so a client simply repeats a request its driver did not answer before a restart. A transfer
/// handler may wait for its device; one that returns
/// <see cref="DeviceDriver.Suspend"/> instead keeps its own copy of the <see cref="BlockTransfer"/>, which is reused
/// for the next request.
/// </remarks>
public abstract class BlockDriver : DeviceDriver
{
    private BlockTransfer _transfer;

    /// <summary>Creates the driver object; nothing happens until <see cref="Service.Run"/>.</summary>
    protected BlockDriver()
        : base(BlockDeviceProtocol.Open, BlockDeviceProtocol.Close, BlockDeviceProtocol.Read, BlockDeviceProtocol.Write, BlockDeviceProtocol.Ioctl, BlockDeviceProtocol.Reply, BlockDeviceProtocol.Gather, BlockDeviceProtocol.Scatter)
    {
    }

    /// <summary>The geometry of an open minor: above all its size in bytes, which bounds every transfer.</summary>
    /// <param name="minor">The minor (open).</param>
    /// <returns>The geometry.</returns>
    protected abstract BlockGeometry Geometry(int minor);

    /// <summary>
    /// Moves the bytes of <paramref name="transfer"/> between the device and the client (<see cref="BlockTransfer.IsWrite"/>
    /// says which way); the transfer lies inside the minor.
    /// </summary>
    /// <param name="transfer">The transfer.</param>
    /// <returns>Bytes moved (fewer than asked only if the device failed part way), a negative status, or <see cref="DeviceDriver.Suspend"/>.</returns>
    protected abstract long Transfer(ref BlockTransfer transfer);

    /// <summary>Writes what the device caches to the medium (<see cref="BlockDeviceProtocol.Flush"/>). Default: nothing to do.</summary>
    /// <param name="minor">The minor (open).</param>
    /// <returns><see cref="Status.Ok"/> once the data is on the medium, or why not.</returns>
    protected virtual Status Flush(int minor) => Status.Ok;

    /// <summary>A control request other than <see cref="BlockDeviceProtocol.GetGeometry"/> and <see cref="BlockDeviceProtocol.Flush"/>. Default: not supported.</summary>
    /// <param name="request">The request.</param>
    /// <returns>A value, a negative status, or <see cref="DeviceDriver.Suspend"/>.</returns>
    protected virtual long DeviceIoctl(in IoRequest request) => (long)Status.NotSupportedByDevice;

    /// <summary>A read or gather: becomes a <see cref="Transfer"/>.</summary>
    /// <param name="request">The request.</param>
    /// <returns>Bytes read or a negative status.</returns>
    protected sealed override long Read(in IoRequest request) => Begin(request, write: false);

    /// <summary>A write or scatter: becomes a <see cref="Transfer"/>.</summary>
    /// <param name="request">The request.</param>
    /// <returns>Bytes written or a negative status.</returns>
    protected sealed override long Write(in IoRequest request) => Begin(request, write: true);

    /// <summary><see cref="BlockDeviceProtocol.GetGeometry"/>, <see cref="BlockDeviceProtocol.Flush"/>, or <see cref="DeviceIoctl"/>.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The size in bytes after copying the geometry, another ioctl's answer, or a negative status.</returns>
    [UsesKernelCall(KernelCall.SafeCopyTo)]
    protected sealed override long Ioctl(in IoRequest request)
    {
        if (request.IoctlRequest == BlockDeviceProtocol.Flush)
            return (long)Flush(request.Minor);
        if (request.IoctlRequest != BlockDeviceProtocol.GetGeometry)
            return DeviceIoctl(request);
        BlockGeometry geometry = Geometry(request.Minor);
        Status status = CopyToClient(request, 0, MemoryMarshal.AsBytes(new ReadOnlySpan<BlockGeometry>(in geometry)));
        return status == Status.Ok ? geometry.Length : (long)status;
    }

    /// <summary>Describes the request as a transfer (reading the client's I/O vector for a gather or scatter) and cuts it at the end of the minor.</summary>
    [UsesKernelCall(KernelCall.SafeCopyFrom)]
    private long Begin(in IoRequest request, bool write)
    {
        if (request.Position < 0 || request.Count < 0)
            return (long)Status.InvalidArgument;
        _transfer.Begin(request.Client, request.Minor, request.Position, write);
        if (!request.IsVectored)
        {
            if (request.Count == 0)
                return 0;
            _transfer.Add(request.Grant, request.Count);
        }
        else
        {
            if (request.Count < 1 || request.Count > BlockDeviceProtocol.MaxVectorElements)
                return (long)Status.InvalidArgument;
            Span<IoVectorElement> vector = stackalloc IoVectorElement[request.Count];
            Status copied = CopyFromClient(request, 0, MemoryMarshal.AsBytes(vector));
            if (copied != Status.Ok)
                return (long)copied;
            for (int i = 0; i < vector.Length; i++)
            {
                // A length beyond what one grant can cover is the client's mistake, caught here before it can overflow the total.
                if (vector[i].Length < 1 || vector[i].Length > int.MaxValue)
                    return (long)Status.InvalidArgument;
                _transfer.Add(new GrantId(vector[i].Grant), vector[i].Length);
            }
        }

        long size = Geometry(request.Minor).Length;
        if (request.Position >= size)
            return 0;
        _transfer.Clip(size - request.Position);
        return Transfer(ref _transfer);
    }
}
