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

    protected override BlockGeometry Geometry(int minor) => BlockGeometry.Flat(disk.Length);

    protected override long Transfer(ref BlockTransfer transfer)
    {
        Span<byte> bytes = disk.AsSpan((int)transfer.Position, (int)transfer.Length);
        Status status = transfer.IsWrite ? transfer.CopyFromClient(0, bytes) : transfer.CopyToClient(0, bytes);
        if (counters is not null)
        {
            if (transfer.IsWrite)
                counters.Writes++;
            else
                counters.Reads++;
        }

        return status == Status.Ok ? transfer.Length : (long)status;
    }
}
