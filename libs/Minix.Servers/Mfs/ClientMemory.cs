using Minix.Ipc;

namespace Minix.Servers.Mfs;

/// <summary>
/// The memory a read fills or a write empties, which the file system copies to and from block by block, straight
/// out of its buffer cache: on the image the client's memory through a grant (<see cref="GrantedMemory"/>), on the
/// host an array (<see cref="ArrayMemory"/>).
/// </summary>
public abstract class ClientMemory
{
    /// <summary>Creates the memory.</summary>
    protected ClientMemory()
    {
    }

    /// <summary>Copies <paramref name="source"/> into the client's memory at <paramref name="offset"/>.</summary>
    /// <param name="offset">Offset in the client's memory.</param>
    /// <param name="source">The bytes.</param>
    /// <returns><see cref="Status.Ok"/>, or why not (a grant refusal).</returns>
    public abstract Status CopyTo(long offset, ReadOnlySpan<byte> source);

    /// <summary>Copies from the client's memory at <paramref name="offset"/> into <paramref name="destination"/>.</summary>
    /// <param name="offset">Offset in the client's memory.</param>
    /// <param name="destination">Where the bytes go.</param>
    /// <returns><see cref="Status.Ok"/>, or why not.</returns>
    public abstract Status CopyFrom(long offset, Span<byte> destination);
}

/// <summary>Client memory that is an array in this process (the host tools, tests).</summary>
public sealed class ArrayMemory : ClientMemory
{
    /// <summary>Wraps <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The array.</param>
    public ArrayMemory(byte[] bytes) => Bytes = bytes;

    /// <summary>The array.</summary>
    public byte[] Bytes { get; set; }

    /// <inheritdoc/>
    public override Status CopyTo(long offset, ReadOnlySpan<byte> source)
    {
        if (offset < 0 || offset + source.Length > Bytes.Length)
            return Status.BadAddress;
        source.CopyTo(Bytes.AsSpan((int)offset, source.Length));
        return Status.Ok;
    }

    /// <inheritdoc/>
    public override Status CopyFrom(long offset, Span<byte> destination)
    {
        if (offset < 0 || offset + destination.Length > Bytes.Length)
            return Status.BadAddress;
        Bytes.AsSpan((int)offset, destination.Length).CopyTo(destination);
        return Status.Ok;
    }
}
