using Minix.Ipc;

namespace Minix.Servers.Mfs;

/// <summary>A disk that is an array in this process: tests, and images built in memory before they are written out.</summary>
public sealed class MemoryDisk : BlockDevice
{
    /// <summary>Wraps <paramref name="bytes"/> (the disk's contents; its length is the size).</summary>
    /// <param name="bytes">The contents.</param>
    public MemoryDisk(byte[] bytes) => Bytes = bytes;

    /// <summary>The disk's contents.</summary>
    public byte[] Bytes { get; }

    /// <summary>Reads made so far.</summary>
    public long Reads { get; private set; }

    /// <summary>Writes made so far.</summary>
    public long Writes { get; private set; }

    /// <inheritdoc/>
    public override long Size => Bytes.Length;

    /// <inheritdoc/>
    public override Status Read(long position, Span<byte> destination)
    {
        if (position < 0 || position + destination.Length > Bytes.Length)
            return Status.IoError;
        Reads++;
        Bytes.AsSpan((int)position, destination.Length).CopyTo(destination);
        return Status.Ok;
    }

    /// <inheritdoc/>
    public override Status Write(long position, ReadOnlySpan<byte> source)
    {
        if (position < 0 || position + source.Length > Bytes.Length)
            return Status.IoError;
        Writes++;
        source.CopyTo(Bytes.AsSpan((int)position, source.Length));
        return Status.Ok;
    }
}
