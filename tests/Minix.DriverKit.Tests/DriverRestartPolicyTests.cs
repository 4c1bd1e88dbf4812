using System.Text;
using Minix.DriverKit.Testing;
using Minix.DriverKit.Testing.Devices;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Samples.Printer;
using Minix.Samples.RamDisk;
using Minix.Samples.Rtc;
using Minix.Samples.Serial;
using Minix.Tests.Shared;

namespace Minix.DriverKit.Tests;

/// <summary>
/// DriverKit's client-side restart policy (<see cref="DriverRestart"/>) with each sample driver restarted in the
/// middle of a client's request: the block device's request is repeated on the new incarnation and the client sees
/// only its answer; a character device's call fails with ERESTART at once, and the client's next call reaches the new
/// incarnation. No client is left waiting.
/// </summary>
public class DriverRestartPolicyTests
{
    private const int AdminSlot = SampleSystem.DevCheckSlot;

    private static SimulatedSystem Boot(string driver, Action client, SimulatedBootProcess? other = null)
    {
        SimulatedBootProcess process = driver switch
        {
            "ramdisk" => SampleSystem.Service(SampleSystem.RamDiskSlot, "ramdisk", () => new RamDiskDriver(4096).Run()),
            "printer" => SampleSystem.Service(SampleSystem.PrinterSlot, "printer", () => new PrinterDriver().Run()),
            "serial" => SampleSystem.Service(SampleSystem.SerialSlot, "serial", () => new SerialDriver().Run()),
            _ => SampleSystem.Service(SampleSystem.RtcSlot, "rtc", () => new RtcDriver().Run()),
        };
        SimulatedBootProcess[] processes = [.. SampleSystem.Servers(), process, SampleSystem.User(SampleSystem.UserSlot, "client", client)];
        return SampleSystem.Boot(SampleSystem.ImageConfControlledByUsers(driver), null, other is null ? processes : [.. processes, other]);
    }

    private static GrantTable Grants()
    {
        var grants = new GrantTable(2);
        grants.Register();
        return grants;
    }

    [Fact]
    public void A_block_request_the_ram_disks_crash_interrupted_is_repeated_on_the_new_incarnation_and_the_client_sees_only_its_answer()
    {
        var results = new List<long>();
        byte[] back = [];
        int repeats = 0;
        Endpoint first = Endpoint.None, last = Endpoint.None;
        bool done = false;
        using var sim = Boot("ramdisk", () =>
        {
            var disk = new BlockDeviceClient("ramdisk"u8, 0, DeviceAccess.Read | DeviceAccess.Write, Grants());
            byte[] block = PinnedMemory.Allocate(512);
            results.Add(disk.Open());
            first = disk.Driver;
            // The disk's third request from now is the second write: it crashes on it, before writing anything.
            results.Add((long)Misbehave.Request("ramdisk"u8, Misbehaviour.WildWrite, afterRequests: 2));
            for (int i = 0; i < 3; i++)
            {
                block.AsSpan().Fill((byte)(0x10 + i));
                results.Add(disk.Write(i * 512, block));
            }

            block.AsSpan().Clear();
            results.Add(disk.Read(512, block));
            back = block.ToArray();
            repeats = disk.Repeats;
            last = disk.Driver;
            done = true;
        });
        sim.RunUntil(() => done);
        Assert.Equal(new long[] { 0, 0, 512, 512, 512, 512 }, results);
        Assert.Equal(1, repeats);
        Assert.Equal(first.Slot, last.Slot);
        Assert.Equal(first.Generation + 1, last.Generation);
        Assert.All(back, b => Assert.Equal(0x11, b)); // the repeated write reached the new incarnation
        Assert.True(sim.Logged("kernel: ramdisk (endpoint 10) killed by page fault"));
    }

    [Fact]
    public void A_block_client_whose_driver_is_taken_down_fails_with_ENODEV_instead_of_waiting_for_it()
    {
        long result = 0;
        bool done = false, opened = false;
        using var sim = Boot("ramdisk", () =>
        {
            var disk = new BlockDeviceClient("ramdisk"u8, 0, DeviceAccess.Read, Grants());
            byte[] block = PinnedMemory.Allocate(512);
            disk.Open();
            opened = true;
            while (ServiceControl.Query("ramdisk"u8, out ServiceStatusReply s) == Status.Ok && s.State != ServiceState.Down)
                Sys.Nop();
            result = disk.Read(0, block);
            done = true;
        }, SampleSystem.User(AdminSlot, "admin", () =>
        {
            DataStore.WaitForChange("ramdisk"u8, Endpoint.None, out _);
            while (!opened)
                Sys.Nop();
            ServiceControl.Down("ramdisk"u8);
        }));
        sim.RunUntil(() => done);
        Assert.Equal((long)Status.NoSuchDevice, result);
    }

    [Fact]
    public void A_read_of_the_clock_its_crash_interrupted_fails_with_ERESTART_and_the_next_read_reaches_the_new_incarnation()
    {
        var results = new List<long>();
        string text = "";
        int restarts = 0;
        bool done = false;
        using var sim = Boot("rtc", () =>
        {
            var clock = new CharacterDeviceClient("rtc"u8, 0, DeviceAccess.Read, Grants());
            byte[] buffer = PinnedMemory.Allocate(32);
            results.Add(clock.Read(buffer) > 0 ? 1 : 0);
            results.Add((long)Misbehave.Request("rtc"u8, Misbehaviour.NullDereference, afterRequests: 1));
            results.Add(clock.Read(buffer));
            long n = clock.Read(buffer);
            results.Add(n > 0 ? 1 : n);
            text = n > 0 ? Encoding.ASCII.GetString(buffer, 0, (int)n) : "";
            restarts = clock.Restarts;
            done = true;
        });
        sim.AddDevice(new CmosClock(new DateTime(2024, 2, 29, 23, 59, 30, DateTimeKind.Utc)));
        sim.RunUntil(() => done);
        Assert.Equal(new long[] { 1, 0, (long)Status.Restart, 1 }, results);
        Assert.StartsWith("2024-02-29 23:59:", text);
        Assert.Equal(1, restarts);
    }

    [Fact]
    public void A_write_to_the_printer_its_crash_interrupted_fails_with_ERESTART_and_the_program_decides_to_write_it_again()
    {
        var results = new List<long>();
        bool done = false;
        using var sim = Boot("printer", () =>
        {
            var printer = new CharacterDeviceClient("printer"u8, 0, DeviceAccess.Write, Grants());
            byte[] piece = PinnedMemory.Allocate(6);
            "hello "u8.CopyTo(piece);
            results.Add(printer.Write(piece));
            results.Add((long)Misbehave.Request("printer"u8, Misbehaviour.Panic, afterRequests: 1));
            "world\n"u8.CopyTo(piece);
            long first = printer.Write(piece);
            results.Add(first);
            if (first == (long)Status.Restart)
                results.Add(printer.Write(piece));
            done = true;
        });
        var port = sim.AddDevice(new ParallelPort());
        sim.RunUntil(() => done);
        Assert.Equal(new long[] { 6, 0, (long)Status.Restart, 6 }, results);
        Assert.Equal("hello world\n", port.PrintedText);
    }

    [Fact]
    public void A_serial_read_waiting_for_input_when_the_driver_is_restarted_fails_with_ERESTART_instead_of_hanging()
    {
        long waiting = 0, looped = 0, echoed = 0;
        string back = "";
        bool reading = false, done = false;
        using var sim = Boot("serial", () =>
        {
            var line = new CharacterDeviceClient("serial"u8, 0, DeviceAccess.Read | DeviceAccess.Write, Grants());
            byte[] buffer = PinnedMemory.Allocate(8);
            line.Open();
            reading = true;
            waiting = line.Read(buffer); // nothing arrives: it waits until the restart ends it
            looped = line.Ioctl(SerialDriver.IoctlSetLoopback, 1);
            "ping"u8.CopyTo(buffer);
            echoed = line.Write(buffer.AsSpan(0, 4));
            long n = line.Read(buffer);
            back = n > 0 ? Encoding.ASCII.GetString(buffer, 0, (int)n) : "error " + (Status)n;
            done = true;
        }, SampleSystem.User(AdminSlot, "admin", () =>
        {
            while (!reading)
                Sys.Nop();
            // Let the client's read reach the driver and wait there.
            for (int i = 0; i < 50; i++)
                Sys.Nop();
            ServiceControl.Restart("serial"u8);
        }));
        sim.AddDevice(new Uart16550(SerialDriver.Com2, SerialDriver.Com2Irq));
        sim.RunUntil(() => done);
        Assert.Equal((long)Status.Restart, waiting);
        Assert.Equal(0, looped);
        Assert.Equal(4, echoed);
        Assert.StartsWith("p", back);
        Assert.True(sim.Logged("rs: serial is back as endpoint 9/1 (restart 1)"));
    }
}
