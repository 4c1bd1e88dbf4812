using System.Text;
using Minix.DriverKit.Testing.Devices;
using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Calls;
using Minix.Kernel.Grants;
using Minix.Tests.Shared;

namespace Minix.DriverKit.Tests;

/// <summary>The helpers drivers build on: text without strings, grant tables, port batches.</summary>
public class HelperTests
{
    [Fact]
    public void Log_text_formats_numbers_endpoints_names_and_statuses_without_allocating_strings()
    {
        var line = new LogText(stackalloc byte[128]);
        line.Append("n="u8).Append(-42L).Append(" hex="u8).AppendHex(0xBEEF).Append(" ep="u8).Append(Endpoint.Create(1, 8))
            .Append(" "u8).Append(ProcessNameText.From("printer")).Append(" "u8).Append(Status.Restart).Append(" "u8).Append(long.MinValue);
        Assert.Equal("n=-42 hex=0xbeef ep=8/1 printer ERESTART -9223372036854775808", Encoding.UTF8.GetString(line.Text));

        var tiny = new LogText(stackalloc byte[4]);
        tiny.Append("truncated"u8);
        Assert.Equal("trun", Encoding.UTF8.GetString(tiny.Text));
    }

    [Fact]
    public void Every_status_has_the_same_name_in_log_text_as_in_StatusInfo()
    {
        foreach (Status status in Enum.GetValues<Status>())
            Assert.Equal(StatusInfo.Name(status), System.Text.Encoding.ASCII.GetString(StatusText.Name(status)));
    }

    [Fact]
    public void Boot_parameters_give_the_last_value_of_a_key_so_words_added_at_boot_override_the_images_own()
    {
        var results = new List<string>();
        bool done = false;
        var sim = new Minix.DriverKit.Testing.SimulatedSystem(new Minix.DriverKit.Testing.SimulationOptions
        {
            BootParameters = "console=com1 halt.after=lpr lpr.misbehave=null halt.after=service",
            Seed = SampleSystem.Seed,
        });
        sim.Boot(SampleSystem.ImageConf, SampleSystem.User(SampleSystem.UserSlot, "reader", () =>
        {
            Span<byte> value = stackalloc byte[32];
            foreach (string key in new[] { "halt.after", "lpr.misbehave", "halt", "console=com1" })
                results.Add(BootParameters.TryGet(Encoding.ASCII.GetBytes(key), value, out int length) ? Encoding.ASCII.GetString(value[..length]) : "(none)");
            done = true;
        }));
        using (sim)
            sim.RunUntil(() => done);
        Assert.Equal(["service", "null", "(none)", "(none)"], results);
    }

    [Theory]
    [InlineData("console=com1 boottime=1700000000", true, 1700000000L)]
    [InlineData("boottime=1 boottime=1800000000x", true, 1800000000L)]
    [InlineData("console=com1", false, 0L)]
    public void The_boot_time_is_the_leading_digits_of_boottime_and_zero_without_it(string line, bool given, long seconds)
    {
        (bool Given, long Seconds) read = default;
        bool done = false;
        var sim = new Minix.DriverKit.Testing.SimulatedSystem(new Minix.DriverKit.Testing.SimulationOptions { BootParameters = line, Seed = SampleSystem.Seed });
        sim.Boot(SampleSystem.ImageConf, SampleSystem.User(SampleSystem.UserSlot, "reader", () =>
        {
            read.Given = BootTime.TryRead(out read.Seconds);
            done = true;
        }));
        using (sim)
            sim.RunUntil(() => done);
        Assert.Equal((given, seconds), read);
    }

    [Fact]
    public void Revoking_a_grant_bumps_its_sequence_so_the_old_id_stays_dead_when_the_entry_is_reused()
    {
        var table = new GrantTable(1);
        byte[] memory = PinnedMemory.Allocate(8);
        GrantId first = table.Grant(new Endpoint(8), memory, GrantFlags.Read);
        Assert.True(first.IsValid);
        Assert.False(table.Grant(new Endpoint(8), memory, GrantFlags.Read).IsValid); // full
        Assert.Equal(Status.Ok, table.Revoke(first));
        Assert.Equal(Status.GrantRevoked, table.Revoke(first));
        GrantId second = table.Grant(new Endpoint(9), memory, GrantFlags.Write);
        Assert.Equal(first.Index, second.Index);
        Assert.NotEqual(first.Sequence, second.Sequence);
        Assert.False(table.Grant(new Endpoint(9), memory, GrantFlags.Used).IsValid); // only read and write may be asked for
        Assert.Equal(1, table.InUse);
    }

    [Fact]
    public void A_port_batch_is_one_kernel_call_and_a_refused_port_stops_it_before_any_access()
    {
        Status refused = Status.Ok;
        bool done = false;
        var sim = new Minix.DriverKit.Testing.SimulatedSystem(new Minix.DriverKit.Testing.SimulationOptions { Seed = SampleSystem.Seed });
        sim.Boot(Systems.Conf, SampleSystem.Service(9, "helper", () =>
        {
            var good = new PortBatch(PortAccess.Output | PortAccess.Byte);
            good.Add(0x2F0, 25);
            good.Run();
            var bad = new PortBatch(PortAccess.Output | PortAccess.Byte);
            bad.Add(0x2F0, 0).Add(0x3F8, 1);
            try
            {
                bad.Run();
            }
            catch (DeviceIoException e)
            {
                refused = e.Status;
            }

            done = true;
        }));
        var timer = sim.AddDevice(new IntervalTimerDevice());
        using (sim)
        {
            sim.RunUntil(() => done);
            Assert.Equal(Status.PortNotAllowed, refused);
            Assert.Equal(25u, timer.Read(0, 1)); // the refused batch did not stop the timer
            Assert.Equal(2, sim.Trace.Count(e => e.Operation == "VDEVIO"));
            Assert.Equal(0, sim.Trace.Count(e => e.Operation == "DEVIO"));
        }
    }

    [Fact]
    public void A_refused_port_the_driver_does_not_handle_prints_the_call_the_status_the_system_conf_line_and_the_csharp_line()
    {
        int line = 0;
        var sim = new Minix.DriverKit.Testing.SimulatedSystem(new Minix.DriverKit.Testing.SimulationOptions { Seed = SampleSystem.Seed });
        sim.Boot(Systems.Conf, SampleSystem.Service(9, "helper", () =>
        {
            line = new System.Diagnostics.StackFrame(0, true).GetFileLineNumber() + 1;
            DevIo.OutByte(0x80, 0x5a);
        }));
        using (sim)
        {
            sim.RunUntil(() => sim.Transcript.Any(l => l.Contains("panicked", StringComparison.Ordinal)));
            Assert.Contains($"helper: unhandled refusal at HelperTests.cs:{line}: SYS_DEVIO out b 0x80 0x5a -> EPORTDENIED (I/O port outside the caller's ranges)", sim.Transcript);
            Assert.Contains("helper:   system.conf would allow it with: io 80:1;", sim.Transcript);
            Assert.Contains(sim.Transcript, l => l.Contains("helper (endpoint 9) panicked: runtime fault Exception", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_refused_batch_names_every_port_and_a_call_missing_from_the_call_mask_names_the_system_line()
    {
        const string conf = "service helper { io 1f0:8; system VDEVIO; };";
        string? batchReport = null, callReport = null;
        var sim = new Minix.DriverKit.Testing.SimulatedSystem(new Minix.DriverKit.Testing.SimulationOptions { Seed = SampleSystem.Seed });
        sim.Boot(conf, SampleSystem.Service(9, "helper", () =>
        {
            var batch = new PortBatch(PortAccess.Input | PortAccess.Word);
            batch.Add(0x1f0).Add(0x80).Add(0x1f0);
            try
            {
                batch.Run();
            }
            catch (DeviceIoException e)
            {
                batchReport = e.Message;
            }

            try
            {
                DevIo.OutByte(0x1f0, 1);
            }
            catch (DeviceIoException e)
            {
                callReport = e.Message;
            }
        }));
        using (sim)
        {
            sim.RunUntil(() => callReport is not null);
            Assert.Matches(@"^unhandled refusal at HelperTests\.cs:\d+: SYS_VDEVIO in w 0x1f0:0x0 0x80:0x0 0x1f0:0x0 -> EPORTDENIED \(I/O port outside the caller's ranges\)\n"
                + @"  system\.conf would allow it with io ranges covering: 1f0:2 80:2;$", batchReport);
            Assert.Matches(@"^unhandled refusal at HelperTests\.cs:\d+: SYS_DEVIO out b 0x1f0 0x1 -> ECALLDENIED \(kernel call or destination not allowed\)\n"
                + @"  system\.conf would allow it with: system DEVIO;$", callReport);
        }
    }
}
