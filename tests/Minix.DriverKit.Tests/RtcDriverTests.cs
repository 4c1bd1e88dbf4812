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
                var grants = new GrantTable(1);
                grants.Register();
                byte[] buffer = PinnedMemory.Allocate(64);
                var rtc = DeviceClient.Character(new Endpoint(SampleSystem.RtcSlot));
                rtc.Open(0, DeviceAccess.Read);
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
}
