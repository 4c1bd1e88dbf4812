using System.Runtime.InteropServices;
using Minix.DriverKit.Testing;
using Minix.Ipc;
using Minix.Kernel.Grants;
using Minix.Samples.RamDisk;
using Minix.Tests.Shared;

namespace Minix.DriverKit.Tests;

/// <summary>The block-device protocol as BlockDriver dispatches it and DeviceClient builds it, on the RAM disk.</summary>
public class BlockProtocolTests
{
    private const int DiskSize = 64 * 1024;

    private static SimulatedBootProcess RamDisk() =>
        SampleSystem.Service(SampleSystem.RamDiskSlot, "ramdisk", () => new RamDiskDriver(DiskSize).Run());

    /// <summary>Runs <paramref name="client"/> as a user program against a fresh RAM disk, with an opened handle and a grant table.</summary>
    private static SimulatedSystem RunClient(Action<DeviceClient, GrantTable> client, string bootParameters = "console=sim")
    {
        bool done = false;
        var sim = new SimulatedSystem(new SimulationOptions { BootParameters = bootParameters, Trace = false, Seed = SampleSystem.Seed });
        sim.Boot(SampleSystem.ImageConf, RamDisk(), SampleSystem.User(SampleSystem.UserSlot, "client", () =>
        {
            var grants = new GrantTable(BlockDeviceProtocol.MaxVectorElements + 2);
            grants.Register();
            var disk = DeviceClient.Block(new Endpoint(SampleSystem.RamDiskSlot));
            if (disk.Open(0, DeviceAccess.Read | DeviceAccess.Write) != 0)
                throw new InvalidOperationException("the RAM disk did not open");
            client(disk, grants);
            done = true;
        }));
        sim.RunUntil(() => done);
        return sim;
    }

    private static byte[] Pattern(int length, int seed) => Enumerable.Range(0, length).Select(i => (byte)(i * 31 + seed)).ToArray();

    [Fact]
    public void A_scatter_of_three_buffers_writes_them_one_after_another_and_a_gather_with_other_sizes_reads_the_same_bytes_back()
    {
        long written = 0, gathered = 0;
        byte[] back = [];
        using SimulatedSystem sim = RunClient((disk, grants) =>
        {
            byte[] a = PinnedMemory.Allocate(1024), b = PinnedMemory.Allocate(3000), c = PinnedMemory.Allocate(72);
            Pattern(1024, 1).CopyTo(a, 0);
            Pattern(3000, 2).CopyTo(b, 0);
            Pattern(72, 3).CopyTo(c, 0);
            written = disk.Scatter(0, 8192, [IoBuffer.Of(a), IoBuffer.Of(b), IoBuffer.Of(c)], grants);
            byte[] x = PinnedMemory.Allocate(100), y = PinnedMemory.Allocate(3996);
            gathered = disk.Gather(0, 8192, [IoBuffer.Of(x), IoBuffer.Of(y)], grants);
            back = [.. x, .. y];
            if (grants.InUse != 0)
                throw new InvalidOperationException("the client left grants behind");
        });

        Assert.Equal(4096, written);
        Assert.Equal(4096, gathered);
        Assert.Equal([.. Pattern(1024, 1), .. Pattern(3000, 2), .. Pattern(72, 3)], back);
    }

    [Fact]
    public void Each_vectored_request_is_one_copy_of_the_vector_and_one_vectored_copy_of_the_data_as_the_driver_trace_shows()
    {
        using SimulatedSystem sim = RunClient((disk, grants) =>
        {
            byte[] a = PinnedMemory.Allocate(512), b = PinnedMemory.Allocate(512);
            disk.Scatter(0, 0, [IoBuffer.Of(a), IoBuffer.Of(b)], grants);
            disk.Gather(0, DiskSize - 600, [IoBuffer.Of(a), IoBuffer.Of(b)], grants);
        }, "trace=ramdisk");

        Assert.Equal(
            [
                "OPEN minor=0 access=3 from=12 -> 0",
                "SAFECOPYFROM 12 grant=2 off=0 len=32 -> OK",
                "VSAFECOPY 12 pieces=2 len=1024 done=2 -> OK",
                "SCATTER minor=0 pos=0 vec=2 grant=2 from=12 -> 1024",
                "SAFECOPYFROM 12 grant=1048578 off=0 len=32 -> OK", // the same entry again, one revocation later (sequence 1)
                "VSAFECOPY 12 pieces=2 len=600 done=2 -> OK",
                "GATHER minor=0 pos=" + (DiskSize - 600) + " vec=2 grant=1048578 from=12 -> 600",
            ],
            DriverTraceLog.Normalized(sim.Transcript, "ramdisk"));
    }

    [Fact]
    public void The_geometry_ioctl_answers_the_size_and_copies_the_geometry_through_the_callers_grant()
    {
        long size = 0;
        BlockGeometry geometry = default;
        using SimulatedSystem sim = RunClient((disk, grants) => size = disk.Geometry(0, out geometry, grants));

        Assert.Equal(DiskSize, size);
        Assert.Equal(DiskSize, geometry.Length);
        Assert.Equal(0, geometry.Base);
        Assert.Equal(512, geometry.SectorSize);
        Assert.True((long)geometry.Cylinders * geometry.Heads * geometry.SectorsPerTrack * geometry.SectorSize <= DiskSize);
    }

    [Fact]
    public void Bad_vectors_are_refused_before_any_byte_moves()
    {
        var results = new List<long>();
        byte[] after = [];
        using SimulatedSystem sim = RunClient((disk, grants) =>
        {
            byte[] data = PinnedMemory.Allocate(512);
            data.AsSpan().Fill(0x77);
            GrantId buffer = grants.Grant(disk.Driver, data, GrantFlags.Read);
            byte[] vectorBytes = PinnedMemory.Allocate(IoVectorElement.Size * (BlockDeviceProtocol.MaxVectorElements + 1));
            Span<IoVectorElement> vector = MemoryMarshal.Cast<byte, IoVectorElement>(vectorBytes.AsSpan());
            for (int i = 0; i < vector.Length; i++)
                vector[i] = new IoVectorElement { Grant = buffer.Value, Length = 8 };
            GrantId list = grants.Grant(disk.Driver, vectorBytes, GrantFlags.Read);
            results.Add(disk.Scatter(0, 0, list, 0));                                          // no elements
            results.Add(disk.Scatter(0, 0, list, BlockDeviceProtocol.MaxVectorElements + 1));  // too many
            vector[1].Length = 0;
            results.Add(disk.Scatter(0, 0, list, 2));                                          // an empty element
            vector[1].Length = -5;
            results.Add(disk.Scatter(0, 0, list, 2));                                          // a negative one
            vector[1].Length = 8;
            results.Add(disk.Scatter(0, -512, list, 2));                                       // before the disk
            grants.Revoke(list);
            GrantId shortList = grants.Grant(disk.Driver, vectorBytes.AsSpan(0, IoVectorElement.Size), GrantFlags.Read);
            results.Add(disk.Scatter(0, 0, shortList, 2));                                     // the vector's grant covers one element
            grants.Revoke(shortList);
            GrantId writeOnly = grants.Grant(disk.Driver, vectorBytes, GrantFlags.Write);
            results.Add(disk.Scatter(0, 0, writeOnly, 2));                                     // the vector may not be read
            grants.Revoke(writeOnly);
            results.Add(disk.Gather(0, 0, [], grants));
            byte[] back = PinnedMemory.Allocate(512);
            results.Add(disk.Read(0, 0, back, grants));
            after = back;
        });

        Assert.Equal((long)Status.InvalidArgument, results[0]);
        Assert.Equal((long)Status.InvalidArgument, results[1]);
        Assert.Equal((long)Status.InvalidArgument, results[2]);
        Assert.Equal((long)Status.InvalidArgument, results[3]);
        Assert.Equal((long)Status.InvalidArgument, results[4]);
        Assert.True(results[5] < 0, "a vector longer than its grant was read: " + results[5]);
        Assert.Equal((long)Status.GrantWrongDirection, results[6]);
        Assert.Equal((long)Status.InvalidArgument, results[7]);
        Assert.Equal(512, results[8]);
        Assert.All(after, b => Assert.Equal(0, b));
    }

    [Fact]
    public void A_buffer_shorter_than_its_element_claims_fails_the_request_and_a_gather_past_the_end_is_cut_there()
    {
        long lying = 0, pastEnd = 0, beyond = 0;
        using SimulatedSystem sim = RunClient((disk, grants) =>
        {
            byte[] data = PinnedMemory.Allocate(1024);
            GrantId small = grants.Grant(disk.Driver, data.AsSpan(0, 100), GrantFlags.Write);
            Span<IoVectorElement> vector = stackalloc IoVectorElement[1];
            vector[0] = new IoVectorElement { Grant = small.Value, Length = 1024 };
            GrantId list = grants.Grant(disk.Driver, MemoryMarshal.AsBytes(vector), GrantFlags.Read);
            lying = disk.Gather(0, 0, list, 1);
            grants.Revoke(list);
            grants.Revoke(small);
            byte[] a = PinnedMemory.Allocate(512), b = PinnedMemory.Allocate(512);
            pastEnd = disk.Gather(0, DiskSize - 700, [IoBuffer.Of(a), IoBuffer.Of(b)], grants);
            beyond = disk.Gather(0, DiskSize, [IoBuffer.Of(a)], grants);
        });

        Assert.Equal((long)Status.GrantOutOfRange, lying);
        Assert.Equal(700, pastEnd);
        Assert.Equal(0, beyond);
    }

    [Fact]
    public void A_character_handle_does_not_send_vectored_requests()
    {
        var line = DeviceClient.Character(new Endpoint(SampleSystem.SerialSlot));
        Assert.Equal((long)Status.BadRequest, line.Gather(0, 0, new GrantId(0), 1));
    }
}
