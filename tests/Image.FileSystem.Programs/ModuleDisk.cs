using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Privileges;

namespace Image.FileSystem.Programs;

/// <summary>
/// A test stand-in for the RAM disk over boot-module memory: minor 0 is the first boot data module system.conf grants
/// it (<c>mem root disks</c>), and minors 1 to 4 are the four quarters of the second (four 2 MiB disks in one module,
/// since a service holds at most four memory ranges), all mapped writable at start-up. A restarted incarnation maps
/// the same memory, so the disks keep their contents across a crash.
/// </summary>
internal sealed unsafe class ModuleDisk : BlockDriver
{
    private const int MaxDisks = 8;
    private const int QuartersOfSecond = 4;
    private readonly ulong[] _address = new ulong[MaxDisks];
    private readonly long[] _size = new long[MaxDisks];
    private int _disks;

    protected override Status OnInitFresh()
    {
        for (int i = 0; i < 2 && Sys.MemoryRange(i, out MemoryRange range) == Status.Ok; i++)
        {
            ulong length = range.Limit - range.Base + 1;
            Status status = Sys.MapPhysical(range.Base, length, writable: true, out ulong address);
            if (status != Status.Ok)
                return status;
            int pieces = i == 0 ? 1 : QuartersOfSecond;
            for (int p = 0; p < pieces; p++)
            {
                _address[_disks] = address + ((ulong)p * (length / (ulong)pieces));
                _size[_disks] = (long)(length / (ulong)pieces);
                _disks++;
            }
        }

        return _disks > 0 ? Status.Ok : Status.NoSuchDevice;
    }

    protected override Status Open(int minor, DeviceAccess access, Endpoint client) => minor < _disks ? Status.Ok : Status.NoSuchDevice;

    protected override BlockGeometry Geometry(int minor) => BlockGeometry.Flat(_size[minor]);

    protected override long Transfer(ref BlockTransfer transfer)
    {
        // The address is this driver's own: boot-module memory SYS_MAPPHYS mapped into it at start-up.
#pragma warning disable MINIX005
        var disk = new Span<byte>((byte*)_address[transfer.Minor] + transfer.Position, (int)transfer.Length);
#pragma warning restore MINIX005
        Status status = transfer.IsWrite ? transfer.CopyFromClient(0, disk) : transfer.CopyToClient(0, disk);
        return status == Status.Ok ? transfer.Length : (long)status;
    }
}
