using System.Runtime.CompilerServices;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Grants;

namespace Minix.DriverKit;

/// <summary>
/// One block transfer as <see cref="BlockDriver.Transfer"/> sees it: <see cref="Length"/> bytes at
/// <see cref="Position"/> of the device, to or from the client's buffers. A plain read or write has one buffer, a
/// gather or scatter up to <see cref="BlockDeviceProtocol.MaxVectorElements"/>; either way the driver sees one run
/// of bytes, numbered from 0, and moves them with <see cref="CopyToClient"/> and <see cref="CopyFromClient"/>, which
/// find the buffers an offset falls into and copy through their grants in one kernel call (SYS_SAFECOPYTO/FROM for
/// one buffer, SYS_VSAFECOPY for several).
/// </summary>
/// <remarks>The position and length are already checked against the device's size: the run lies inside the device.</remarks>
public struct BlockTransfer
{
    private Elements _elements;
    private int _count;

    /// <summary>The client: the owner of every grant, and who gets the reply.</summary>
    public Endpoint Client { get; private set; }

    /// <summary>The minor device.</summary>
    public int Minor { get; private set; }

    /// <summary>Byte offset on the device of the first byte.</summary>
    public long Position { get; private set; }

    /// <summary>Bytes to move (at least 1).</summary>
    public long Length { get; private set; }

    /// <summary>True for a write (data comes from the client), false for a read.</summary>
    public bool IsWrite { get; private set; }

    /// <summary>How many client buffers the bytes are spread over.</summary>
    public readonly int BufferCount => _count;

    /// <summary>SYS_SAFECOPYTO, or SYS_VSAFECOPY across buffers: copies <paramref name="data"/> into the client's buffers at byte <paramref name="offset"/> of the transfer.</summary>
    /// <param name="offset">Offset in the transfer (0 .. <see cref="Length"/>).</param>
    /// <param name="data">The bytes (at most <see cref="Length"/> - <paramref name="offset"/>).</param>
    /// <returns>The kernel's status (a grant refusal if the client granted less than it asked for).</returns>
    [UsesKernelCall(KernelCall.SafeCopyTo)]
    [UsesKernelCall(KernelCall.VSafeCopy)]
    public readonly unsafe Status CopyToClient(long offset, ReadOnlySpan<byte> data)
    {
        fixed (byte* start = data)
            return Copy(offset, (ulong)start, data.Length, CopyDirection.ToGranter);
    }

    /// <summary>SYS_SAFECOPYFROM, or SYS_VSAFECOPY across buffers: copies the client's bytes at <paramref name="offset"/> of the transfer into <paramref name="destination"/>.</summary>
    /// <param name="offset">Offset in the transfer (0 .. <see cref="Length"/>).</param>
    /// <param name="destination">Where the bytes go (at most <see cref="Length"/> - <paramref name="offset"/>).</param>
    /// <returns>The kernel's status.</returns>
    [UsesKernelCall(KernelCall.SafeCopyFrom)]
    [UsesKernelCall(KernelCall.VSafeCopy)]
    public readonly unsafe Status CopyFromClient(long offset, Span<byte> destination)
    {
        fixed (byte* start = destination)
            return Copy(offset, (ulong)start, destination.Length, CopyDirection.FromGranter);
    }

    /// <summary>Starts describing a transfer (the buffers follow with <see cref="Add"/>).</summary>
    internal void Begin(Endpoint client, int minor, long position, bool write)
    {
        Client = client;
        Minor = minor;
        Position = position;
        IsWrite = write;
        Length = 0;
        _count = 0;
    }

    /// <summary>Adds the next client buffer; false if there is no room.</summary>
    internal bool Add(GrantId grant, long length)
    {
        if (_count == BlockDeviceProtocol.MaxVectorElements)
            return false;
        _elements[_count++] = new IoVectorElement { Grant = grant.Value, Length = length };
        Length += length;
        return true;
    }

    /// <summary>Cuts the transfer to <paramref name="length"/> bytes (the part inside the device).</summary>
    internal void Clip(long length)
    {
        if (length < Length)
            Length = length;
    }

    private readonly Status Copy(long offset, ulong address, int length, CopyDirection direction)
    {
        if (offset < 0 || length < 0 || offset + length > Length)
            return Status.InvalidArgument;
        if (length == 0)
            return Status.Ok;
        Span<SafeCopyPiece> pieces = stackalloc SafeCopyPiece[BlockDeviceProtocol.MaxVectorElements];
        int count = 0;
        long skip = offset;
        long left = length;
        for (int i = 0; i < _count && left > 0; i++)
        {
            long size = _elements[i].Length;
            if (skip >= size)
            {
                skip -= size;
                continue;
            }

            long part = Math.Min(size - skip, left);
            pieces[count++] = new SafeCopyPiece
            {
                Granter = Client,
                GrantId = _elements[i].Grant,
                Offset = (ulong)skip,
                Address = address + (ulong)(length - left),
                Bytes = (ulong)part,
                Direction = direction,
            };
            left -= part;
            skip = 0;
        }

        return count == 1 ? CopyOne(pieces[0]) : CopyMany(pieces.Slice(0, count), length);
    }

    private readonly Status CopyOne(in SafeCopyPiece piece)
    {
        bool from = piece.Direction == CopyDirection.FromGranter;
        var grant = new GrantId(piece.GrantId);
        Status status = from
            ? Sys.SafeCopyFrom(piece.Granter, grant, piece.Offset, AddressSpan(piece))
            : Sys.SafeCopyTo(piece.Granter, grant, piece.Offset, AddressSpan(piece));
        DriverTrace.SafeCopy(from, piece.Granter, grant, (long)piece.Offset, (int)piece.Bytes, status);
        return status;
    }

    private readonly Status CopyMany(ReadOnlySpan<SafeCopyPiece> pieces, long length)
    {
        Status status = Sys.VSafeCopy(pieces, out int done);
        DriverTrace.VSafeCopy(Client, pieces.Length, length, done, status);
        return status;
    }

    private static unsafe Span<byte> AddressSpan(in SafeCopyPiece piece) => new((void*)piece.Address, (int)piece.Bytes);

    [InlineArray(BlockDeviceProtocol.MaxVectorElements)]
    private struct Elements
    {
        private IoVectorElement _element0;
    }
}
