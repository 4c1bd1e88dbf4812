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

    protected override long Read(in IoRequest request)
    {
        long n = Span(request);
        if (n <= 0)
            return n;
        Status status = CopyToClient(request, 0, new ReadOnlySpan<byte>((byte*)_address[request.Minor] + request.Position, (int)n));
        return status == Status.Ok ? n : (long)status;
    }

    protected override long Write(in IoRequest request)
    {
        long n = Span(request);
        if (n <= 0)
            return n;
        Status status = CopyFromClient(request, 0, new Span<byte>((byte*)_address[request.Minor] + request.Position, (int)n));
        return status == Status.Ok ? n : (long)status;
    }

    private long Span(in IoRequest request)
    {
        if (request.Position < 0 || request.Count < 0)
            return (long)Status.InvalidArgument;
        long size = _size[request.Minor];
        return request.Position >= size ? 0 : Math.Min(request.Count, size - request.Position);
    }
}
