using Minix.DriverKit.Testing;
using Minix.Ipc;
using Minix.Kernel.Grants;
using Minix.Samples.RamDisk;
using Minix.Tests.Shared;

namespace Minix.DriverKit.Tests;

/// <summary>The RAM-disk block driver.</summary>
public class RamDiskDriverTests
{
    private static SimulatedBootProcess RamDisk(int size = 4096) =>
        SampleSystem.Service(SampleSystem.RamDiskSlot, "ramdisk", () => new RamDiskDriver(size).Run());

    [Fact]
    public void Blocks_written_at_any_position_read_back_the_same_and_the_end_of_the_disk_is_respected()
    {
        var results = new List<long>();
        byte[] back = [];
        bool done = false;
        using var sim = SampleSystem.Boot(SampleSystem.ImageConf, null, RamDisk(), SampleSystem.User(SampleSystem.UserSlot, "client", () =>
        {
            var grants = new GrantTable(2);
            grants.Register();
            byte[] block = PinnedMemory.Allocate(512);
            for (int i = 0; i < block.Length; i++)
                block[i] = (byte)(i * 7);
            var disk = DeviceClient.Block(new Endpoint(SampleSystem.RamDiskSlot));
            results.Add(disk.Open(0, DeviceAccess.Read | DeviceAccess.Write));
            results.Add(disk.Ioctl(0, RamDiskDriver.IoctlGetSize, 0));
            GrantId source = grants.Grant(disk.Driver, block, GrantFlags.Read);
            results.Add(disk.Write(0, 1000, source, 512));
            results.Add(disk.Write(0, 4000, source, 512)); // only 96 bytes fit
            grants.Revoke(source);
            byte[] into = PinnedMemory.Allocate(512);
            GrantId target = grants.Grant(disk.Driver, into, GrantFlags.Write);
            results.Add(disk.Read(0, 1000, target, 512));
            back = into.ToArray();
            results.Add(disk.Read(0, 4096, target, 512));
            results.Add(disk.Read(0, -1, target, 512));
            done = true;
        }));
        sim.RunUntil(() => done);
        Assert.Equal(new long[] { 0, 4096, 512, 96, 512, 0, (long)Status.InvalidArgument }, results);
        Assert.Equal(Enumerable.Range(0, 512).Select(i => (byte)(i * 7)), back);
    }

    [Fact]
    public void After_a_restart_the_ram_disk_is_empty_and_clients_must_open_it_again()
    {
        var results = new List<long>();
        byte first = 0;
        bool done = false;
        using var sim = SampleSystem.Boot(SampleSystem.ImageConfControlledByUsers("ramdisk"), null, [.. SampleSystem.Servers(), RamDisk(), SampleSystem.User(SampleSystem.UserSlot, "client", () =>
        {
            var grants = new GrantTable(1);
            grants.Register();
            byte[] block = PinnedMemory.Allocate(16);
            block.AsSpan().Fill(0xAB);
            DataStore.WaitForChange("ramdisk"u8, Endpoint.None, out Endpoint driver);
            var disk = DeviceClient.Block(driver);
            disk.Open(0, DeviceAccess.Write);
            GrantId grant = grants.Grant(disk.Driver, block, GrantFlags.Read | GrantFlags.Write);
            results.Add(disk.Write(0, 0, grant, 16));
            grants.Revoke(grant);
            Misbehave.Request("ramdisk"u8, Misbehaviour.WildWrite);
            DataStore.WaitForChange("ramdisk"u8, driver, out Endpoint again);
            disk.Driver = again;
            grant = grants.Grant(disk.Driver, block, GrantFlags.Read | GrantFlags.Write);
            results.Add(disk.Read(0, 0, grant, 16));
            results.Add(disk.Open(0, DeviceAccess.Read));
            results.Add(disk.Read(0, 0, grant, 16));
            first = block[0];
            done = true;
        })]);
        sim.RunUntil(() => done);
        Assert.Equal(new long[] { 16, (long)Status.Restart, 0, 16 }, results);
        Assert.Equal(0, first);
        Assert.True(sim.Logged("ramdisk: ready: 4 KiB, empty again after a restart"));
    }

    [Fact]
    public void The_information_ioctl_copies_its_answer_through_the_callers_grant_and_a_grant_it_may_not_write_is_refused()
    {
        var results = new List<long>();
        RamDiskInfo info = default;
        byte[] untouched = [];
        bool done = false;
        using var sim = SampleSystem.Boot(SampleSystem.ImageConf, null, RamDisk(), SampleSystem.User(SampleSystem.UserSlot, "client", () =>
        {
            var grants = new GrantTable(2);
            grants.Register();
            var disk = DeviceClient.Block(new Endpoint(SampleSystem.RamDiskSlot));
            results.Add(disk.Open(0, DeviceAccess.Read | DeviceAccess.Write));
            byte[] block = PinnedMemory.Allocate(300);
            GrantId data = grants.Grant(disk.Driver, block, GrantFlags.Read | GrantFlags.Write);
            results.Add(disk.Write(0, 0, data, 300));
            results.Add(disk.Read(0, 0, data, 100));
            grants.Revoke(data);

            int size = System.Runtime.CompilerServices.Unsafe.SizeOf<RamDiskInfo>();
            byte[] answer = PinnedMemory.Allocate(size);
            answer.AsSpan().Fill(0xEE);
            GrantId readOnly = grants.Grant(disk.Driver, answer, GrantFlags.Read);
            results.Add(disk.Ioctl(0, RamDiskDriver.IoctlGetInfo, readOnly));
            untouched = answer.ToArray();
            grants.Revoke(readOnly);
            GrantId tooSmall = grants.Grant(disk.Driver, answer.AsSpan(0, size - 1), GrantFlags.Write);
            results.Add(disk.Ioctl(0, RamDiskDriver.IoctlGetInfo, tooSmall));
            grants.Revoke(tooSmall);
            GrantId writable = grants.Grant(disk.Driver, answer, GrantFlags.Write);
            results.Add(disk.Ioctl(0, RamDiskDriver.IoctlGetInfo, writable));
            info = System.Runtime.InteropServices.MemoryMarshal.Read<RamDiskInfo>(answer);
            done = true;
        }));
        sim.RunUntil(() => done);

        Assert.Equal(0, results[0]);
        Assert.Equal(300, results[1]);
        Assert.Equal(100, results[2]);
        Assert.True(results[3] < 0, $"a read-only grant let the driver write: {results[3]}");
        Assert.All(untouched, b => Assert.Equal(0xEE, b));
        Assert.True(results[4] < 0, $"a grant one byte too small was accepted: {results[4]}");
        Assert.Equal(0, results[5]);
        Assert.Equal(4096, info.Size);
        Assert.Equal(300, info.BytesWritten);
        Assert.Equal(100, info.BytesRead);
    }

    [Fact]
    public void Only_minor_zero_exists_requests_before_open_must_open_and_unknown_ioctls_are_refused()
    {
        var results = new List<long>();
        bool done = false;
        using var sim = SampleSystem.Boot(SampleSystem.ImageConf, null, RamDisk(), SampleSystem.User(SampleSystem.UserSlot, "client", () =>
        {
            var disk = DeviceClient.Block(new Endpoint(SampleSystem.RamDiskSlot));
            results.Add(disk.Ioctl(0, RamDiskDriver.IoctlGetSize, 0));
            results.Add(disk.Open(1, DeviceAccess.Read));
            results.Add(disk.Open(0, DeviceAccess.Read));
            results.Add(disk.Ioctl(0, RamDiskDriver.IoctlGetSize, 0));
            results.Add(disk.Ioctl(0, 99, 0));
            results.Add(disk.Close(0));
            results.Add(disk.Close(0));
            done = true;
        }));
        sim.RunUntil(() => done);
        Assert.Equal(new long[] { (long)Status.Restart, (long)Status.NoSuchDevice, 0, 4096, (long)Status.BadRequest, 0, (long)Status.Restart }, results);
    }

    [Fact]
    public void A_write_larger_than_the_clients_grant_is_refused_and_leaves_the_disk_unchanged()
    {
        long write = 0, read = 0;
        byte[] back = [];
        bool done = false;
        using var sim = SampleSystem.Boot(SampleSystem.ImageConf, null, RamDisk(), SampleSystem.User(SampleSystem.UserSlot, "client", () =>
        {
            var grants = new GrantTable(1);
            grants.Register();
            byte[] block = PinnedMemory.Allocate(512);
            block.AsSpan().Fill(0x5A);
            var disk = DeviceClient.Block(new Endpoint(SampleSystem.RamDiskSlot));
            disk.Open(0, DeviceAccess.Read | DeviceAccess.Write);
            GrantId small = grants.Grant(disk.Driver, block.AsSpan(0, 16), GrantFlags.Read);
            write = disk.Write(0, 0, small, 512);
            grants.Revoke(small);
            GrantId target = grants.Grant(disk.Driver, block, GrantFlags.Write);
            read = disk.Read(0, 0, target, 512);
            back = block.ToArray();
            done = true;
        }));
        sim.RunUntil(() => done);
        Assert.True(write < 0, "the kernel refuses a copy beyond the grant: " + (Status)write);
        Assert.Equal(512, read);
        Assert.All(back, b => Assert.Equal(0, b));
    }

    [Fact]
    public void Each_request_is_one_safe_copy_of_exactly_the_bytes_that_fit_as_the_driver_trace_shows()
    {
        bool done = false;
        var sim = new SimulatedSystem(new SimulationOptions { BootParameters = "trace=ramdisk", Trace = false, Seed = SampleSystem.Seed });
        sim.Boot(SampleSystem.ImageConf, RamDisk(), SampleSystem.User(SampleSystem.UserSlot, "client", () =>
        {
            var grants = new GrantTable(1);
            grants.Register();
            byte[] block = PinnedMemory.Allocate(100);
            var disk = DeviceClient.Block(new Endpoint(SampleSystem.RamDiskSlot));
            disk.Open(0, DeviceAccess.Write);
            GrantId grant = grants.Grant(disk.Driver, block, GrantFlags.Read);
            disk.Write(0, 4090, grant, 100);
            disk.Write(0, 5000, grant, 100);
            done = true;
        }));
        using (sim)
        {
            sim.RunUntil(() => done);
            Assert.Equal(
                [
                    "OPEN minor=0 access=2 from=12 -> 0",
                    "SAFECOPYFROM 12 grant=0 off=0 len=6 -> OK",
                    "WRITE minor=0 pos=4090 len=100 grant=0 from=12 -> 6",
                    "WRITE minor=0 pos=5000 len=100 grant=0 from=12 -> 0",
                ],
                DriverTraceLog.Normalized(sim.Transcript, "ramdisk"));
        }
    }
}

/// <summary>The RAM disk over boot data modules (system.conf's <c>mem</c>): memory that outlives the driver.</summary>
public class RamDiskBootMemoryTests
{
    private static string ConfWithMemory(string modules) =>
        SampleSystem.ImageConfControlledByUsers("ramdisk").Replace("service ramdisk\n{\n", "service ramdisk\n{\n    mem     " + modules + ";\n", StringComparison.Ordinal);

    private static SimulatedBootProcess RamDisk() =>
        SampleSystem.Service(SampleSystem.RamDiskSlot, "ramdisk", () => new RamDiskDriver(4096).Run());

    [Fact]
    public void Each_granted_module_is_a_minor_whose_bytes_are_the_modules_and_writes_land_in_the_module()
    {
        var results = new List<long>();
        byte[] first = [];
        using var sim = new SimulatedSystem(new SimulationOptions { Trace = false, Seed = SampleSystem.Seed });
        SimulatedBootModule root = sim.AddBootModule("rootfs", "MINIX root file system\n"u8);
        SimulatedBootModule spare = sim.AddBootModule("spare", new byte[3 * 4096 + 1]);
        bool done = false;
        sim.Boot(ConfWithMemory("rootfs spare"), RamDisk(), SampleSystem.User(SampleSystem.UserSlot, "client", () =>
        {
            var grants = new GrantTable(2);
            grants.Register();
            var disk = DeviceClient.Block(new Endpoint(SampleSystem.RamDiskSlot));
            results.Add(disk.Open(0, DeviceAccess.Read | DeviceAccess.Write));
            results.Add(disk.Open(1, DeviceAccess.Read | DeviceAccess.Write));
            results.Add(disk.Open(2, DeviceAccess.Read));
            results.Add(disk.Geometry(0, out _, grants));
            results.Add(disk.Geometry(1, out _, grants));
            byte[] block = PinnedMemory.Allocate(22);
            results.Add(disk.Read(0, 0, block, grants));
            first = block.ToArray();
            block.AsSpan().Fill(0xC3);
            results.Add(disk.Write(1, 4096 * 4 - 22, block, grants));
            done = true;
        }));
        sim.RunUntil(() => done);

        Assert.Equal(new long[] { 0, 0, (long)Status.NoSuchDevice, 4096, 4 * 4096, 22, 22 }, results);
        Assert.Equal("MINIX root file system"u8.ToArray(), first);
        Assert.All(spare.Contents[^22..].ToArray(), b => Assert.Equal(0xC3, b));
        Assert.True(sim.Logged("ramdisk: ready: 4 KiB, 16 KiB of boot memory"));
    }

    [Fact]
    public void A_restarted_ram_disk_finds_the_bytes_its_predecessor_wrote()
    {
        var results = new List<long>();
        byte[] back = [];
        using var sim = new SimulatedSystem(new SimulationOptions { Trace = false, Seed = SampleSystem.Seed });
        SimulatedBootModule module = sim.AddBootModule("rootfs", new byte[64 * 1024]);
        bool done = false;
        sim.Boot(ConfWithMemory("rootfs"), [.. SampleSystem.Servers(), RamDisk(), SampleSystem.User(SampleSystem.UserSlot, "client", () =>
        {
            var grants = new GrantTable(2);
            grants.Register();
            DataStore.WaitForChange("ramdisk"u8, Endpoint.None, out Endpoint driver);
            var disk = DeviceClient.Block(driver);
            disk.Open(0, DeviceAccess.Read | DeviceAccess.Write);
            byte[] block = PinnedMemory.Allocate(8192);
            for (int i = 0; i < block.Length; i++)
                block[i] = (byte)(i * 5 + 1);
            results.Add(disk.Write(0, 40960, block, grants));
            Misbehave.Request("ramdisk"u8, Misbehaviour.NullDereference);
            DataStore.WaitForChange("ramdisk"u8, driver, out Endpoint again);
            disk.Driver = again;
            results.Add(disk.Open(0, DeviceAccess.Read));
            byte[] into = PinnedMemory.Allocate(8192);
            results.Add(disk.Read(0, 40960, into, grants));
            back = into;
            done = true;
        })]);
        sim.RunUntil(() => done);

        Assert.Equal(new long[] { 8192, 0, 8192 }, results);
        byte[] expected = Enumerable.Range(0, 8192).Select(i => (byte)(i * 5 + 1)).ToArray();
        Assert.Equal(expected, back);
        Assert.Equal(expected, module.Contents.Slice(40960, 8192).ToArray());
        Assert.True(sim.Logged("ramdisk: ready again after a restart: 64 KiB of boot memory, as it was"));
    }

    [Fact]
    public void A_gather_the_crash_of_a_ram_disk_over_boot_memory_interrupted_is_repeated_and_reads_what_was_written_before()
    {
        long written = 0, gathered = 0;
        int repeats = 0;
        byte[] back = [];
        using var sim = new SimulatedSystem(new SimulationOptions { Trace = false, Seed = SampleSystem.Seed });
        sim.AddBootModule("rootfs", new byte[64 * 1024]);
        bool done = false;
        sim.Boot(ConfWithMemory("rootfs"), [.. SampleSystem.Servers(), RamDisk(), SampleSystem.User(SampleSystem.UserSlot, "client", () =>
        {
            var grants = new GrantTable(BlockDeviceProtocol.MaxVectorElements + 1);
            grants.Register();
            var disk = new BlockDeviceClient("ramdisk"u8, 0, DeviceAccess.Read | DeviceAccess.Write, grants);
            byte[] data = PinnedMemory.Allocate(16 * 1024);
            for (int i = 0; i < data.Length; i++)
                data[i] = (byte)(i * 3 + i / 4096);
            written = disk.Scatter(8192, [IoBuffer.Of(data.AsSpan(0, 4096)), IoBuffer.Of(data.AsSpan(4096))]);
            Misbehave.Request("ramdisk"u8, Misbehaviour.IllegalInstruction, afterRequests: 1);
            byte[] a = PinnedMemory.Allocate(10000), b = PinnedMemory.Allocate(6384);
            gathered = disk.Gather(8192, [IoBuffer.Of(a), IoBuffer.Of(b)]);
            repeats = disk.Repeats;
            back = [.. a, .. b];
            done = true;
        })]);
        sim.RunUntil(() => done);

        Assert.Equal(16 * 1024, written);
        Assert.Equal(16 * 1024, gathered);
        Assert.Equal(1, repeats);
        Assert.Equal(Enumerable.Range(0, 16 * 1024).Select(i => (byte)(i * 3 + i / 4096)), back);
    }
}
