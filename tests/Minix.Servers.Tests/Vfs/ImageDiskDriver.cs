using Minix.DriverKit;
using Minix.Ipc;

namespace Minix.Servers.Tests.Vfs;

/// <summary>
/// A block driver over a byte array the test owns, standing in for the RAM disk over boot-module memory: a
/// restarted incarnation serves the same bytes. It counts the writes it answered, across incarnations.
/// </summary>
internal sealed class ImageDiskDriver(byte[] disk, ImageDiskDriver.Counters? counters = null) : BlockDriver
{
    /// <summary>Numbers that outlive an incarnation.</summary>
    public sealed class Counters
    {
        public int Writes;
        public int Reads;
    }

    protected override long Read(in IoRequest request)
    {
        long n = Span(request);
        if (n <= 0)
            return n;
        Status status = CopyToClient(request, 0, disk.AsSpan((int)request.Position, (int)n));
        if (counters is not null)
            counters.Reads++;
        return status == Status.Ok ? n : (long)status;
    }

    protected override long Write(in IoRequest request)
    {
        long n = Span(request);
        if (n <= 0)
            return n;
        Status status = CopyFromClient(request, 0, disk.AsSpan((int)request.Position, (int)n));
        if (counters is not null)
            counters.Writes++;
        return status == Status.Ok ? n : (long)status;
    }

    private long Span(in IoRequest request)
    {
        if (request.Position < 0 || request.Count < 0)
            return (long)Status.InvalidArgument;
        if (request.Position >= disk.Length)
            return 0;
        return Math.Min(request.Count, disk.Length - request.Position);
    }
}
