using Minix.DriverKit.Testing;
using Minix.DriverKit.Testing.Devices;
using Minix.Ipc;
using Minix.Samples.AtaDisk;
using Minix.Tests.Shared;

namespace Minix.DriverKit.Tests;

/// <summary>The IDE/ATA disk driver against the simulated controller.</summary>
public class AtaDiskDriverTests
{
    private static SimulatedBootProcess Ata() => SampleSystem.Service(SampleSystem.AtaSlot, "ata", () => new AtaDiskDriver().Run());

    /// <summary>A machine with the given channels' devices and the driver, and <paramref name="client"/> as a user program with a 68-entry grant table.</summary>
    private static SimulatedSystem Boot(AtaChannel? primary, AtaChannel? secondary, Action<GrantTable> client, string bootParameters = "console=sim", bool servers = false, string? conf = null)
    {
        bool done = false;
        var sim = new SimulatedSystem(new SimulationOptions { BootParameters = bootParameters, Trace = false, Seed = SampleSystem.Seed });
        foreach (AtaChannel? channel in new[] { primary, secondary })
        {
            if (channel is null)
                continue;
            sim.AddDevice(channel);
            sim.AddDevice(channel.ControlBlock);
        }

        SimulatedBootProcess user = SampleSystem.User(SampleSystem.UserSlot, "client", () =>
        {
            var grants = new GrantTable(BlockDeviceProtocol.MaxVectorElements + 4);
            grants.Register();
            client(grants);
            done = true;
        });
        sim.Boot(conf ?? SampleSystem.ImageConf, servers ? [.. SampleSystem.Servers(), Ata(), user] : [Ata(), user]);
        sim.RunUntil(() => done);
        return sim;
    }

    private static DeviceClient Disk => DeviceClient.Block(new Endpoint(SampleSystem.AtaSlot));

    private static byte[] Pattern(int length, int seed) => Enumerable.Range(0, length).Select(i => (byte)(i * 13 + seed + i / 512)).ToArray();

    [Fact]
    public void Identify_finds_each_disk_with_its_size_and_only_minors_with_a_disk_open()
    {
        var primary = new AtaChannel(AtaChannel.Primary) { Master = new AtaDrive(2048) };
        var secondary = new AtaChannel(AtaChannel.Secondary) { Slave = new AtaDrive(8192, supportsLba48: false) };
        var opens = new List<long>();
        long size0 = 0, size3 = 0;
        BlockGeometry geometry = default;
        using SimulatedSystem sim = Boot(primary, secondary, grants =>
        {
            DeviceClient disk = Disk;
            for (int minor = 0; minor < 6; minor++)
                opens.Add(disk.Open(minor, DeviceAccess.Read | DeviceAccess.Write));
            size0 = disk.Geometry(AtaMinor.C0D0, out geometry, grants);
            size3 = disk.Geometry(AtaMinor.C1D1, out _, grants);
        });

        Assert.Equal(new long[] { 0, (long)Status.NoSuchDevice, (long)Status.NoSuchDevice, 0, (long)Status.NoSuchDevice, (long)Status.NoSuchDevice }, opens);
        Assert.Equal(2048 * 512, size0);
        Assert.Equal(8192 * 512, size3);
        Assert.Equal(512, geometry.SectorSize);
        Assert.Equal(16, geometry.Heads);
        Assert.Equal(63, geometry.SectorsPerTrack);
        Assert.True(sim.Logged("ata: c0d0: 2048 sectors (1 MiB), LBA48"));
        Assert.True(sim.Logged("ata: c1d1: 8192 sectors (4 MiB), LBA28"));
        Assert.True(sim.Logged("ata: ready: 2 disks"));
    }

    [Fact]
    public void Written_sectors_land_on_the_disk_and_read_back_the_same_through_plain_and_vectored_requests()
    {
        var master = new AtaDrive(4096);
        var slave = new AtaDrive(4096);
        var primary = new AtaChannel(AtaChannel.Primary) { Master = master, Slave = slave };
        byte[] data = Pattern(200 * 1024, 5);
        var results = new List<long>();
        byte[] back = [];
        byte[] gathered = [];
        using SimulatedSystem sim = Boot(primary, null, grants =>
        {
            DeviceClient disk = Disk;
            disk.Open(AtaMinor.C0D0, DeviceAccess.Read | DeviceAccess.Write);
            disk.Open(AtaMinor.C0D1, DeviceAccess.Read | DeviceAccess.Write);
            byte[] buffer = PinnedMemory.Allocate(data.Length);
            data.CopyTo(buffer, 0);
            results.Add(disk.Write(AtaMinor.C0D1, 512 * 100, buffer, grants));
            byte[] into = PinnedMemory.Allocate(data.Length);
            results.Add(disk.Read(AtaMinor.C0D1, 512 * 100, into, grants));
            back = into;
            byte[] a = PinnedMemory.Allocate(1024), b = PinnedMemory.Allocate(2048), c = PinnedMemory.Allocate(512);
            Pattern(1024, 1).CopyTo(a, 0);
            Pattern(2048, 2).CopyTo(b, 0);
            Pattern(512, 3).CopyTo(c, 0);
            results.Add(disk.Scatter(AtaMinor.C0D0, 512 * 7, [IoBuffer.Of(a), IoBuffer.Of(b), IoBuffer.Of(c)], grants));
            byte[] x = PinnedMemory.Allocate(3072), y = PinnedMemory.Allocate(512);
            results.Add(disk.Gather(AtaMinor.C0D0, 512 * 7, [IoBuffer.Of(x), IoBuffer.Of(y)], grants));
            gathered = [.. x, .. y];
        });

        Assert.Equal(new long[] { data.Length, data.Length, 3584, 3584 }, results);
        Assert.Equal(data, back);
        Assert.Equal(data, slave.Read(512 * 100, data.Length));
        Assert.Equal<byte>([.. Pattern(1024, 1), .. Pattern(2048, 2), .. Pattern(512, 3)], gathered);
        Assert.Equal(gathered, master.Read(512 * 7, 3584));
        // 400 sectors in commands of at most 128, with 28-bit addresses.
        Assert.Equal(
            [(0x30, 100, 128), (0x30, 228, 128), (0x30, 356, 128), (0x30, 484, 16), (0x20, 100, 128), (0x20, 228, 128), (0x20, 356, 128), (0x20, 484, 16)],
            slave.Commands.Where(c => c.Command != 0xEC).Select(c => ((int)c.Command, c.Lba, c.Count)));
    }

    [Fact]
    public void Sectors_beyond_two_to_the_28th_use_48_bit_commands_and_those_below_keep_the_28_bit_ones()
    {
        long sectors = (1L << 28) + 4096; // 128 GiB and 2 MiB, kept sparsely
        var drive = new AtaDrive(sectors);
        var primary = new AtaChannel(AtaChannel.Primary) { Master = drive };
        long high = (1L << 28) + 1000, across = (1L << 28) - 2;
        var results = new List<long>();
        byte[] back = [];
        using SimulatedSystem sim = Boot(primary, null, grants =>
        {
            DeviceClient disk = Disk;
            disk.Open(0, DeviceAccess.Read | DeviceAccess.Write);
            results.Add(disk.Geometry(0, out _, grants));
            byte[] block = PinnedMemory.Allocate(2048);
            Pattern(2048, 9).CopyTo(block, 0);
            results.Add(disk.Write(0, high * 512, block, grants));
            results.Add(disk.Write(0, across * 512, block, grants));
            results.Add(disk.Write(0, 512, block, grants));
            byte[] into = PinnedMemory.Allocate(2048);
            results.Add(disk.Read(0, high * 512, into, grants));
            back = into;
        });

        Assert.Equal(new long[] { sectors * 512, 2048, 2048, 2048, 2048 }, results);
        Assert.Equal(Pattern(2048, 9), back);
        Assert.Equal(Pattern(2048, 9), drive.Read(high * 512, 2048));
        Assert.Equal(Pattern(2048, 9), drive.Read(across * 512, 2048));
        Assert.Equal(
            [(0x34, high, 4), (0x34, across, 4), (0x30, 1, 4), (0x24, high, 4)],
            drive.Commands.Where(c => c.Command != 0xEC).Select(c => ((int)c.Command, c.Lba, c.Count)));
    }

    [Fact]
    public void Unaligned_requests_are_refused_and_requests_past_the_end_are_cut_there()
    {
        var drive = new AtaDrive(64);
        var results = new List<long>();
        using SimulatedSystem sim = Boot(new AtaChannel(AtaChannel.Primary) { Master = drive }, null, grants =>
        {
            DeviceClient disk = Disk;
            disk.Open(0, DeviceAccess.Read | DeviceAccess.Write);
            byte[] block = PinnedMemory.Allocate(1024);
            results.Add(disk.Read(0, 100, block, grants));
            results.Add(disk.Read(0, 0, block.AsSpan(0, 700), grants));
            results.Add(disk.Read(0, 63 * 512, block, grants));
            results.Add(disk.Read(0, 64 * 512, block, grants));
        });

        Assert.Equal(new long[] { (long)Status.InvalidArgument, (long)Status.InvalidArgument, 512, 0 }, results);
        Assert.Equal([(0x20, 63, 1)], drive.Commands.Where(c => c.Command != 0xEC).Select(c => ((int)c.Command, c.Lba, c.Count)));
    }

    [Fact]
    public void A_bad_sector_fails_its_request_with_an_io_error_and_the_next_request_works()
    {
        var drive = new AtaDrive(256);
        drive.BadSectors.Add(10);
        drive.Write(0, Pattern(512, 4));
        var results = new List<long>();
        byte[] back = [];
        using SimulatedSystem sim = Boot(new AtaChannel(AtaChannel.Primary) { Master = drive }, null, grants =>
        {
            DeviceClient disk = Disk;
            disk.Open(0, DeviceAccess.Read | DeviceAccess.Write);
            byte[] block = PinnedMemory.Allocate(4096);
            results.Add(disk.Read(0, 8 * 512, block, grants));
            results.Add(disk.Write(0, 10 * 512, block.AsSpan(0, 512), grants));
            results.Add(disk.Read(0, 0, block.AsSpan(0, 512), grants));
            back = block[..512];
        });

        Assert.Equal(new long[] { (long)Status.IoError, (long)Status.IoError, 512 }, results);
        Assert.Equal(Pattern(512, 4), back);
    }

    [Fact]
    public void A_controller_that_never_interrupts_fails_the_request_after_the_timeout_and_the_driver_goes_on_answering_heartbeats_meanwhile()
    {
        var primary = new AtaChannel(AtaChannel.Primary) { Master = new AtaDrive(256) };
        var results = new List<long>();
        ulong before = 0, after = 0;
        using SimulatedSystem sim = Boot(primary, null, grants =>
        {
            DeviceClient disk = Disk;
            disk.Open(0, DeviceAccess.Read);
            byte[] block = PinnedMemory.Allocate(512);
            primary.LosesInterrupts = true;
            before = Alarm.Uptime();
            results.Add(disk.Read(0, 0, block, grants));
            after = Alarm.Uptime();
            primary.LosesInterrupts = false;
            results.Add(disk.Read(0, 0, block, grants));
        }, servers: true);

        Assert.Equal(new long[] { (long)Status.TimedOut, 512 }, results);
        // Five seconds of waiting are five heartbeat periods: RS pinged the driver meanwhile, and it answered.
        Assert.False(sim.Logged("rs: ata"), "RS acted on the driver:\n" + string.Join("\n", sim.Transcript));
        ulong waited = after - before;
        Assert.InRange(waited, (ulong)(AtaDiskDriver.TimeoutSeconds * 100), (ulong)(AtaDiskDriver.TimeoutSeconds * 100 + 10));
    }

    [Fact]
    public void Interrupts_no_request_waits_for_are_acknowledged_and_the_lines_stay_usable()
    {
        var drive = new AtaDrive(64);
        drive.Write(0, Pattern(1024, 6));
        var primary = new AtaChannel(AtaChannel.Primary) { Master = drive };
        var secondary = new AtaChannel(AtaChannel.Secondary) { Master = new AtaDrive(64) };
        var results = new List<long>();
        byte[] back = [];
        using SimulatedSystem sim = Boot(primary, secondary, grants =>
        {
            DeviceClient disk = Disk;
            disk.Open(AtaMinor.C0D0, DeviceAccess.Read);
            disk.Open(AtaMinor.C1D0, DeviceAccess.Read);
            byte[] block = PinnedMemory.Allocate(1024);
            primary.RaiseStrayInterrupt(); // arrives while the driver waits for a request
            results.Add(disk.Read(AtaMinor.C0D0, 0, block.AsSpan(0, 512), grants));
            secondary.RaiseStrayInterrupt();
            results.Add(disk.Read(AtaMinor.C1D0, 0, block.AsSpan(0, 512), grants));
            primary.SectorMoved = (_, _, _) => secondary.RaiseStrayInterrupt(); // the other channel, during a wait
            results.Add(disk.Read(AtaMinor.C0D0, 0, block, grants));
            primary.SectorMoved = null;
            results.Add(disk.Read(AtaMinor.C1D0, 0, block.AsSpan(0, 512), grants));
            back = block;
        });

        Assert.Equal(new long[] { 512, 512, 1024, 512 }, results);
        Assert.Equal(new byte[512], back[..512]);
        Assert.Equal(Pattern(1024, 6)[512..], back[512..]);
    }

    [Fact]
    public void A_second_clients_request_that_arrives_while_the_driver_waits_for_the_disk_is_served_after_the_first()
    {
        var drive = new AtaDrive(4096);
        drive.Write(0, Pattern(64 * 1024, 1));
        drive.Write(1024 * 512, Pattern(512, 2));
        var primary = new AtaChannel(AtaChannel.Primary) { Master = drive };
        long first = 0, second = 0;
        byte[] big = [], small = [];
        bool firstDone = false, secondDone = false;
        var sim = new SimulatedSystem(new SimulationOptions { Trace = false, Seed = SampleSystem.Seed });
        sim.AddDevice(primary);
        sim.AddDevice(primary.ControlBlock);
        sim.Boot(SampleSystem.ImageConf, Ata(),
            SampleSystem.User(SampleSystem.UserSlot, "first", () =>
            {
                var grants = new GrantTable(2);
                grants.Register();
                DeviceClient disk = Disk;
                disk.Open(0, DeviceAccess.Read);
                byte[] buffer = PinnedMemory.Allocate(64 * 1024);
                first = disk.Read(0, 0, buffer, grants);
                big = buffer;
                firstDone = true;
            }),
            SampleSystem.User(SampleSystem.DevCheckSlot, "second", () =>
            {
                var grants = new GrantTable(2);
                grants.Register();
                DeviceClient disk = Disk;
                // Open when the first client's read is under way: the driver is then waiting for a sector's interrupt.
                while (primary.InterruptsRaised < 3)
                    Alarm.Uptime();
                disk.Open(0, DeviceAccess.Read);
                byte[] buffer = PinnedMemory.Allocate(512);
                second = disk.Read(0, 1024 * 512, buffer, grants);
                small = buffer;
                secondDone = true;
            }));
        using (sim)
        {
            sim.RunUntil(() => firstDone && secondDone);
        }

        Assert.Equal(64 * 1024, first);
        Assert.Equal(512, second);
        Assert.Equal(Pattern(64 * 1024, 1), big);
        Assert.Equal(Pattern(512, 2), small);
        // The second read's command came after the first's: the driver kept the request until it was free.
        Assert.Equal([0L, 1024L], drive.Commands.Where(c => c.Command == 0x20).Select(c => c.Lba));
    }

    [Fact]
    public void A_write_whose_request_crashes_the_driver_is_repeated_on_the_new_incarnation_and_the_disk_holds_it_once()
    {
        var drive = new AtaDrive(4096);
        var primary = new AtaChannel(AtaChannel.Primary) { Master = drive };
        byte[] data = Pattern(96 * 1024, 3);
        var results = new List<long>();
        int repeats = 0;
        byte[] back = [];
        using SimulatedSystem sim = Boot(primary, null, grants =>
        {
            var disk = new BlockDeviceClient("ata"u8, AtaMinor.C0D0, DeviceAccess.Read | DeviceAccess.Write, grants);
            results.Add(disk.Open());
            // Through RS: the driver dies when the write arrives, before it touches the disk.
            results.Add((long)Misbehave.Request("ata"u8, Misbehaviour.NullDereference, afterRequests: 1));
            byte[] buffer = PinnedMemory.Allocate(data.Length);
            data.CopyTo(buffer, 0);
            byte[] a = buffer[..(32 * 1024)], b = buffer[(32 * 1024)..];
            byte[] first = PinnedMemory.Allocate(a.Length), second = PinnedMemory.Allocate(b.Length);
            a.CopyTo(first, 0);
            b.CopyTo(second, 0);
            results.Add(disk.Scatter(512 * 64, [IoBuffer.Of(first), IoBuffer.Of(second)]));
            repeats = disk.Repeats;
            byte[] into = PinnedMemory.Allocate(data.Length);
            results.Add(disk.Read(512 * 64, into));
            back = into;
        }, servers: true, conf: SampleSystem.ImageConfControlledByUsers("ata"));

        Assert.Equal(new long[] { 0, 0, data.Length, data.Length }, results);
        Assert.Equal(1, repeats);
        Assert.Equal(data, back);
        Assert.Equal(data, drive.Read(512 * 64, data.Length));
        Assert.True(sim.Logged("ata: ready again after a restart: 1 disk"));
    }

    [Fact]
    public void A_driver_that_dies_in_the_middle_of_a_command_resets_the_channel_when_it_comes_back_and_the_repeated_read_returns_the_data()
    {
        var drive = new AtaDrive(4096);
        drive.Write(0, Pattern(128 * 1024, 8));
        var primary = new AtaChannel(AtaChannel.Primary) { Master = drive };
        int sectors = 0;
        // The 100th sector of the first read: the driver is killed while the controller still holds data for it.
        primary.SectorMoved = (_, _, write) =>
        {
            if (!write && ++sectors == 100)
                throw new InvalidProgramException("the driver executed an illegal instruction (injected by the test)");
        };
        long read = 0;
        int repeats = 0;
        byte[] back = [];
        using SimulatedSystem sim = Boot(primary, null, grants =>
        {
            var disk = new BlockDeviceClient("ata"u8, AtaMinor.C0D0, DeviceAccess.Read, grants);
            byte[] into = PinnedMemory.Allocate(128 * 1024);
            read = disk.Read(0, into);
            repeats = disk.Repeats;
            back = into;
        }, servers: true);

        Assert.Equal(128 * 1024, read);
        Assert.Equal(1, repeats);
        Assert.Equal(Pattern(128 * 1024, 8), back);
        Assert.True(sim.Logged("ata: ready again after a restart: 1 disk"));
        // The first incarnation's command (128 sectors), then the new one's, repeated from the start.
        Assert.Equal([(0x20, 0L, 128), (0x20, 0L, 128), (0x20, 128L, 128)], drive.Commands.Where(c => c.Command == 0x20).Select(c => ((int)c.Command, c.Lba, c.Count)));
    }

    [Fact]
    public void The_flush_ioctl_sends_flush_cache_and_the_driver_trace_shows_each_sector_as_an_interrupt_a_status_read_and_one_string_call()
    {
        var drive = new AtaDrive(64);
        long flushed = 0;
        using SimulatedSystem sim = Boot(new AtaChannel(AtaChannel.Primary) { Master = drive }, null, grants =>
        {
            DeviceClient disk = Disk;
            disk.Open(0, DeviceAccess.Read | DeviceAccess.Write);
            byte[] block = PinnedMemory.Allocate(512);
            disk.Read(0, 0, block, grants);
            flushed = disk.Flush(0);
        }, "trace=ata");

        Assert.Equal(0, flushed);
        Assert.Equal(0xE7, drive.Commands[^1].Command);
        string[] trace = DriverTraceLog.Normalized(sim.Transcript, "ata").ToArray();
        int read = Array.FindIndex(trace, l => l.StartsWith("VDEVIO out b 0x1f6:0xe0", StringComparison.Ordinal) && l.Contains("0x1f7:0x20"));
        Assert.True(read >= 0, "no READ SECTORS command in the trace:\n" + string.Join("\n", trace));
        Assert.Equal("HARDWARE 0x1", trace[read + 1]);
        Assert.StartsWith("DEVIO in b 0x1f7 -> 0x58", trace[read + 2]);
        // The kernel unmasks the line itself (IrqPolicy.Reenable) and the sector is one string call.
        Assert.Equal("VDEVIO in w 0x1f0 x256 -> OK", trace[read + 3]);
        Assert.StartsWith("SAFECOPYTO 12 grant=0 off=0 len=512 -> OK", trace[read + 4]);
        Assert.StartsWith("READ minor=0 pos=0 len=512", trace[read + 5]);
        Assert.DoesNotContain(trace, l => l.StartsWith("IRQCTL enable", StringComparison.Ordinal));
    }
}
