using Minix.DriverKit.Testing;
using Minix.DriverKit.Testing.Devices;
using Minix.Samples.Serial;
using Minix.Tests.Shared;
using Xunit.Abstractions;

namespace Image.Tests;

/// <summary>
/// Host versus QEMU: the same scenario on the host simulator (the kernel's C# over simulated devices) and on the
/// image in QEMU (the kernel compiled for x86-64, QEMU's 16550), with the serial and RAM-disk drivers' trace on. The
/// scenario is devcheck: it writes 4 KiB to the RAM disk in 512-byte blocks and reads them back, then sends 32 bytes
/// through the serial driver in loopback, each read back before the next is sent. Every device request, SAFECOPY,
/// DEVIO, VDEVIO, IRQCTL and interrupt notification of each driver must come in the same order with the same values.
/// </summary>
/// <remarks>
/// Normalized before comparing, because it legitimately differs: endpoint generations (<c>13/0</c> is <c>13</c>),
/// and one value of the UART: a byte that waited in the receive FIFO for four character times is reported as a
/// character time-out (interrupt id 0xcc) rather than as received data (0xc4). Both mean "data waiting", the driver
/// treats them alike, and which one QEMU reports depends on how long the guest took to get to the interrupt.
/// </remarks>
[Collection(SampleImageCollection.Name)]
public class DifferentialTests(SystemImageFixture image, ITestOutputHelper output)
{
    private const string Scenario = "halt.after=devcheck trace=serial,ramdisk";
    private static readonly object Gate = new();
    private static (IReadOnlyList<string> Host, IReadOnlyList<string> Qemu)? s_runs;

    [Fact]
    public void The_ram_disk_driver_traces_the_same_on_the_host_and_in_QEMU()
    {
        var (host, qemu) = Traces("ramdisk");
        Assert.Equal(8, host.Count(e => e.StartsWith("WRITE ", StringComparison.Ordinal) && e.EndsWith("-> 512", StringComparison.Ordinal)));
        Assert.Equal(8, host.Count(e => e.StartsWith("READ ", StringComparison.Ordinal) && e.EndsWith("-> 512", StringComparison.Ordinal)));
        Assert.Equal(host, qemu);
    }

    [Fact]
    public void The_serial_driver_traces_the_same_on_the_host_and_in_QEMU()
    {
        var (host, qemu) = Traces("serial");
        Assert.Equal(32, host.Count(e => e.StartsWith("READ ", StringComparison.Ordinal) && e.EndsWith("-> 1", StringComparison.Ordinal)));
        Assert.Contains(host, e => e.StartsWith("HARDWARE ", StringComparison.Ordinal));
        Assert.Contains(host, e => e.StartsWith("VDEVIO out b 0x2fb:0x80", StringComparison.Ordinal));
        Assert.Equal(host, qemu);
    }

    private (IReadOnlyList<string> Host, IReadOnlyList<string> Qemu) Traces(string driver)
    {
        var (host, qemu) = Runs();
        IReadOnlyList<string> hostEvents = Normalize(DriverTraceLog.Normalized(host, driver));
        IReadOnlyList<string> qemuEvents = Normalize(DriverTraceLog.Normalized(qemu, driver));
        output.WriteLine($"{driver}: {hostEvents.Count} events on the host, {qemuEvents.Count} in QEMU");
        foreach (string e in hostEvents)
            output.WriteLine("  " + e);
        Assert.NotEmpty(hostEvents);
        return (hostEvents, qemuEvents);
    }

    private (IReadOnlyList<string> Host, IReadOnlyList<string> Qemu) Runs()
    {
        lock (Gate)
            return s_runs ??= (OnHost(), InQemu());
    }

    private static IReadOnlyList<string> OnHost()
    {
        using var sim = new SimulatedSystem(new SimulationOptions { BootParameters = "console=sim " + Scenario, Trace = false, Seed = SampleSystem.Seed });
        sim.Boot(SampleSystem.ImageConf,
            SampleSystem.Rs(), SampleSystem.Ds(), SampleSystem.Log(),
            new SimulatedBootProcess(SampleSystem.SerialSlot, new SimulatedProgram("serial", Minix.Samples.Serial.Program.Main)),
            new SimulatedBootProcess(SampleSystem.RamDiskSlot, new SimulatedProgram("ramdisk", Minix.Samples.RamDisk.Program.Main)),
            new SimulatedBootProcess(SampleSystem.DevCheckSlot, new SimulatedProgram("devcheck", Minix.Samples.DevCheck.Program.Main), IsSystem: false));
        sim.AddDevice(new Uart16550(SerialDriver.Com2, SerialDriver.Com2Irq));
        sim.RunUntil(() => sim.ShutdownStatus is not null);
        Assert.True(sim.Logged("devcheck: ramdisk ok, serial ok"), string.Join("\n", sim.Transcript));
        Assert.Equal(0, sim.ShutdownStatus);
        return sim.Transcript;
    }

    private IReadOnlyList<string> InQemu()
    {
        var (run, _) = image.Boot("console=com1 " + Scenario);
        Assert.True(run.Output.Contains("devcheck: ramdisk ok, serial ok", StringComparison.Ordinal), run.Output);
        Assert.Equal(0, run.GuestStatus);
        return DriverTraceLog.Lines(run.Output);
    }

    /// <summary>The UART's character time-out is its received-data interrupt that waited (see the remarks).</summary>
    private static IReadOnlyList<string> Normalize(IReadOnlyList<string> events) =>
        events.Select(e => e.Replace("0x2fa -> 0xcc", "0x2fa -> 0xc4").Replace("0x2fa:0xcc ", "0x2fa:0xc4 ")).ToList();
}
