using System.IO;
using Minix.Ipc;

namespace Minix.Servers.Mfs;

/// <summary>A disk that is an image file on the host (<c>minix mkfs</c>, <c>minix fs</c>).</summary>
public sealed class FileDisk : BlockDevice, IDisposable
{
    private readonly FileStream _file;

    /// <summary>Opens an image file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="writable">Open for writing too.</param>
    public FileDisk(string path, bool writable)
    {
        _file = new FileStream(path, FileMode.Open, writable ? FileAccess.ReadWrite : FileAccess.Read, writable ? FileShare.None : FileShare.Read);
    }

    /// <inheritdoc/>
    public override long Size => _file.Length;

    /// <inheritdoc/>
    public override Status Read(long position, Span<byte> destination)
    {
        if (position < 0 || position + destination.Length > _file.Length)
            return Status.IoError;
        _file.Position = position;
        _file.ReadExactly(destination);
        return Status.Ok;
    }

    /// <inheritdoc/>
    public override Status Write(long position, ReadOnlySpan<byte> source)
    {
        if (position < 0 || position + source.Length > _file.Length)
            return Status.IoError;
        _file.Position = position;
        _file.Write(source);
        return Status.Ok;
    }

    /// <inheritdoc/>
    public void Dispose() => _file.Dispose();
}
