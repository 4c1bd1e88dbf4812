using System.Runtime.InteropServices;

namespace Minix.DriverKit;

/// <summary>
/// One element of the I/O vector of a <see cref="BlockDeviceProtocol.Gather"/> or
/// <see cref="BlockDeviceProtocol.Scatter"/> request (MINIX's <c>iovec_s_t</c>): a grant of one of the client's
/// buffers and how many bytes of it to move. The vector lies in the client's memory; the driver copies it out
/// through the request's grant, so it never trusts a length it did not check against the grants.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = Size)]
public struct IoVectorElement
{
    /// <summary>Bytes per element.</summary>
    public const int Size = 16;

    /// <summary>The grant of the buffer (write access for a gather, read access for a scatter).</summary>
    [FieldOffset(0)] public int Grant;

    /// <summary>Bytes to move through it (at least 1).</summary>
    [FieldOffset(8)] public long Length;
}
