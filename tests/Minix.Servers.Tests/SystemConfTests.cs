using Minix.Kernel.Configuration;
using Minix.Tests.Shared;

namespace Minix.Servers.Tests;

/// <summary>The sample image's system.conf and the samples' own entries say the same thing.</summary>
public class SystemConfTests
{
    [Theory]
    [InlineData("drivers/Printer")]
    [InlineData("drivers/Serial")]
    [InlineData("drivers/RamDisk")]
    [InlineData("drivers/Rtc")]
    [InlineData("drivers/AtaDisk")]
    public void Each_sample_drivers_own_system_conf_entry_is_the_one_in_the_image(string sample)
    {
        string path = Path.Combine(SampleSystem.RepoRoot, "samples", sample, "system.conf");
        ServiceConfig own = Assert.Single(SystemConfReader.ReadFile(path));
        ServiceConfig image = SystemConfReader.Read(SampleSystem.ImageConf, "system.conf").Single(s => s.Name == own.Name);
        // The driver's privileges are the driver's; who may control it through RS is the image's choice.
        Assert.Equal(Describe(own), Describe(image));
        Assert.Empty(own.Control);
    }

    [Fact]
    public void Only_rs_holds_privilege_calls_and_no_driver_has_ports_it_does_not_need()
    {
        var services = SystemConfReader.Read(SampleSystem.ImageConf, "system.conf").ToDictionary(s => s.Name);
        Assert.Equal(["rs", "ds", "log", "printer", "serial", "ramdisk", "ata", "rtc", "dswatch"], services.Keys);
        foreach (ServiceConfig s in services.Values)
        {
            Assert.NotEqual(ListMode.All, s.IoMode);
            Assert.NotEqual(ListMode.All, s.IrqMode);
            Assert.NotEqual(ListMode.All, s.SystemMode);
            if (s.Name != "rs")
                Assert.DoesNotContain(s.SystemCalls, c => c is Minix.Kernel.Calls.KernelCall.PrivCtl or Minix.Kernel.Calls.KernelCall.Spawn or Minix.Kernel.Calls.KernelCall.Kill);
        }

        Assert.Empty(services["ramdisk"].Io);
        Assert.Empty(services["log"].Io);
        Assert.Equal(["1f0:8", "3f6", "170:8", "376"], services["ata"].Io.Select(r => r.ToString()));
        Assert.Equal([14, 15], services["ata"].Irqs);
    }

    private static string Describe(ServiceConfig s) =>
        string.Join(";", s.IoMode, string.Join(",", s.Io), s.IrqMode, string.Join(",", s.Irqs), s.SystemMode, string.Join(",", s.SystemCalls),
            s.IpcMode, string.Join(",", s.Ipc.Select(w => w.Text)), s.Period, s.Priority, s.Quantum);
}
