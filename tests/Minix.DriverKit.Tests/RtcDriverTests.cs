using System.Runtime.InteropServices;
using System.Text;
using Minix.DriverKit.Testing;
using Minix.DriverKit.Testing.Devices;
using Minix.Ipc;
using Minix.Kernel.Grants;
using Minix.Samples.Rtc;
using Minix.Tests.Shared;

namespace Minix.DriverKit.Tests;

/// <summary>The CMOS clock driver against the simulated MC146818.</summary>
public class RtcDriverTests
{
    private static (string Text, RtcTime Time, CmosClock Clock) ReadClock(DateTime start, byte mode, int updating)
    {
        string text = "";
        RtcTime time = default;
        bool done = false;
        using var sim = SampleSystem.Boot(SampleSystem.ImageConf, null,
            SampleSystem.Service(SampleSystem.RtcSlot, "rtc", () => new RtcDriver().Run()),
            SampleSystem.User(SampleSystem.UserSlot, "client", () =>
            {
                var rtc = SampleSystem.OpenDevice(SampleSystem.RtcSlot, DeviceAccess.Read, out GrantTable grants);
                byte[] buffer = PinnedMemory.Allocate(64);
                GrantId grant = grants.Grant(rtc.Driver, buffer, GrantFlags.Write);
                long n = rtc.Read(0, 0, grant, 64);
                text = n < 0 ? "error " + (Status)n : Encoding.ASCII.GetString(buffer, 0, (int)n);
                if (rtc.Ioctl(0, RtcDriver.IoctlGetTime, grant) == 0)
                    time = MemoryMarshal.Read<RtcTime>(buffer);
                done = true;
            }));
        var clock = sim.AddDevice(new CmosClock(start) { Mode = mode, UpdateInProgressReads = updating });
        sim.RunUntil(() => done);
        return (text, time, clock);
    }

    [Fact]
    public void The_clock_driver_reads_the_bcd_date_and_time_as_text_and_as_a_record()
    {
        var (text, time, _) = ReadClock(new DateTime(2026, 11, 25, 21, 49, 7), mode: 0x02, updating: 0);
        Assert.Equal("2026-11-25 21:49:07\n", text);
        Assert.Equal((2026, 11, 25, 21, 49, 7, 4), (time.Year, time.Month, time.Day, time.Hour, time.Minute, time.Second, time.Weekday));
    }

    [Fact]
    public void The_clock_driver_decodes_binary_twelve_hour_time_and_waits_while_the_clock_updates()
    {
        var (text, _, clock) = ReadClock(new DateTime(1999, 12, 31, 23, 59, 30), mode: 0x04, updating: 5);
        Assert.Equal("1999-12-31 23:59:30\n", text);
        Assert.True(clock.RegisterAReads > 5, "the driver polled register A until the update was over");
    }

    [Fact]
    public void A_short_read_gets_the_start_of_the_line_and_writes_and_unknown_ioctls_are_refused()
    {
        string text = "";
        long write = 0, ioctl = 0;
        bool done = false;
        using var sim = SampleSystem.Boot(SampleSystem.ImageConf, null,
            SampleSystem.Service(SampleSystem.RtcSlot, "rtc", () => new RtcDriver().Run()),
            SampleSystem.User(SampleSystem.UserSlot, "client", () =>
            {
                var rtc = SampleSystem.OpenDevice(SampleSystem.RtcSlot, DeviceAccess.Read | DeviceAccess.Write, out GrantTable grants);
                byte[] buffer = PinnedMemory.Allocate(16);
                GrantId grant = grants.Grant(rtc.Driver, buffer, GrantFlags.Read | GrantFlags.Write);
                long n = rtc.Read(0, 0, grant, 10);
                text = Encoding.ASCII.GetString(buffer, 0, (int)Math.Max(n, 0));
                write = rtc.Write(0, 0, grant, 10);
                ioctl = rtc.Ioctl(0, 77, grant);
                done = true;
            }));
        sim.AddDevice(new CmosClock(new DateTime(2031, 2, 3, 4, 5, 6)) { Mode = 0x02 });
        sim.RunUntil(() => done);
        Assert.Equal("2031-02-03", text);
        Assert.Equal((long)Status.NotSupportedByDevice, write);
        Assert.Equal((long)Status.BadRequest, ioctl);
    }

    [Fact]
    public void A_clock_that_never_finishes_updating_is_reported_as_timed_out()
    {
        var (text, _, _) = ReadClock(new DateTime(2026, 1, 1), mode: 0x02, updating: int.MaxValue);
        Assert.Equal("error " + Status.TimedOut, text);
    }

    [Fact]
    public void The_clock_driver_touches_only_its_two_ports_as_the_driver_trace_shows()
    {
        bool done = false;
        var sim = new SimulatedSystem(new SimulationOptions { BootParameters = "trace=rtc", Trace = false, Seed = SampleSystem.Seed });
        sim.Boot(SampleSystem.ImageConf,
            SampleSystem.Service(SampleSystem.RtcSlot, "rtc", () => new RtcDriver().Run()),
            SampleSystem.User(SampleSystem.UserSlot, "client", () =>
            {
                var rtc = SampleSystem.OpenDevice(SampleSystem.RtcSlot, DeviceAccess.Read, out GrantTable grants);
                byte[] buffer = PinnedMemory.Allocate(32);
                rtc.Read(0, 0, grants.Grant(rtc.Driver, buffer, GrantFlags.Write), 32);
                done = true;
            }));
        sim.AddDevice(new CmosClock(new DateTime(2026, 11, 25)) { Mode = 0x02 });
        using (sim)
        {
            sim.RunUntil(() => done);
            var io = DriverTraceLog.Normalized(sim.Transcript, "rtc").Where(e => e.StartsWith("DEVIO", StringComparison.Ordinal) || e.StartsWith("VDEVIO", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(io);
            Assert.All(io, e => Assert.Matches(@"^V?DEVIO (in|out) b( 0x7[01](:0x[0-9a-f]+)?)+( 0x[0-9a-f]+)? -> ", e));
            Assert.Contains("READ minor=0 pos=0 len=32 grant=0 from=12 -> 20", DriverTraceLog.Normalized(sim.Transcript, "rtc"));
        }
    }
}
