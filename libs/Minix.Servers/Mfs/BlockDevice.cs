using Minix.Ipc;

namespace Minix.Servers.Mfs;

/// <summary>
/// What the file system code needs from a disk: whole reads and writes at byte positions, and the size. On the
/// image it is a block driver reached by messages (<see cref="DriverDisk"/>); on the host the same file-system
/// code runs over a byte array or an image file (the <c>minix mkfs</c> and <c>minix fs</c> tools, the tests), as
/// the kernel runs over <c>Machine</c>.
/// </summary>
public abstract class BlockDevice
{
    /// <summary>Creates the device.</summary>
    protected BlockDevice()
    {
    }

    /// <summary>The device's size in bytes, or 0 if it cannot tell.</summary>
    public abstract long Size { get; }

    /// <summary>Reads exactly <paramref name="destination"/>'s length at <paramref name="position"/>.</summary>
    /// <param name="position">A byte offset on the device.</param>
    /// <param name="destination">Where the bytes go.</param>
    /// <returns><see cref="Status.Ok"/>, or why not (<see cref="Status.IoError"/> for a short transfer).</returns>
    public abstract Status Read(long position, Span<byte> destination);

    /// <summary>Writes all of <paramref name="source"/> at <paramref name="position"/>.</summary>
    /// <param name="position">A byte offset on the device.</param>
    /// <param name="source">The bytes.</param>
    /// <returns><see cref="Status.Ok"/>, or why not.</returns>
    public abstract Status Write(long position, ReadOnlySpan<byte> source);
}
