using Minix.Build.Imaging;
using Minix.Build.Linking;
using Minix.Kernel.Boot;

namespace Image.Tests;

/// <summary>
/// MINIX 2 placement for real: the legacy printer (samples/drivers/LegacyPrinter), which uses the kernel's port
/// instructions, its log, an interrupt handler on the driver's variables and a watchdog, runs linked into the kernel
/// (samples/LegacyImage); in user mode it does not link, and each error names the analyzer rule of its tie.
/// </summary>
public class LegacyPlacementTests
{
    private const string Project = "samples/LegacyImage/LegacyImage.csproj";

    [Fact]
    public void The_legacy_printer_placed_in_the_kernel_prints_through_its_interrupt_handler_and_halts()
    {
        SystemImage image = ImageBuilds.BuildProject(Project, "minix-legacy-kernel-placed");
        string printer = Path.Combine(Path.GetTempPath(), "minix-legacy-printer-" + Guid.NewGuid().ToString("N") + ".out");
        try
        {
            var run = Qemu.Boot(File.ReadAllBytes(image.MultibootFile), rawDisk: false, timeoutSeconds: 90, extra: ["-parallel", "file:" + printer]);

            Assert.Contains("printer: ready", run.Output); // the kernel's log (category A)
            Assert.Contains("printer: printed the line; halting", run.Output);
            Assert.DoesNotContain("kernel panic", run.Output);
            Assert.Equal(0, run.GuestStatus);
            // The first byte from Print, every other one from the interrupt handler (D), by port instructions (E).
            Assert.Equal("Hello from a MINIX 2 style driver in the kernel\n", File.ReadAllText(printer));
        }
        finally
        {
            File.Delete(printer);
        }
    }

    [Fact]
    public void The_legacy_printer_in_user_mode_does_not_link_and_each_error_names_the_rule_of_its_tie()
    {
        ImageProject.Contents contents = ImageProject.Read(RepositoryRoot.Combine(Project.Split('/')));
        var spec = new SystemImageSpec
        {
            KernelProject = contents.Spec.KernelProject,
            SystemConf = contents.Spec.SystemConf,
            CommandLine = contents.Spec.CommandLine,
            Processes = contents.Spec.Processes.Select(p => p with { Placement = Placement.User }).ToList(),
        };

        var error = Assert.Throws<LinkException>(() => ImageBuilds.Build(spec, "minix-legacy-user-placed"));

        Assert.Contains("undefined symbol 'minix_cpu_out8'", error.Message);
        Assert.Contains("[MINIX005: Driver uses I/O hardware directly (category E); the Minix.DriverKit analyzer reports this in the IDE]", error.Message);
        Assert.Contains("undefined symbol 'minix_kernel_set_irq_handler'", error.Message);
        Assert.Contains("[MINIX004: Interrupt handler touches driver state (category D);", error.Message);
        Assert.Contains("undefined symbol 'minix_kernel_set_clock_handler'", error.Message);
        Assert.Contains("[MINIX003: Callback handed to the kernel (category C);", error.Message);
        Assert.Contains("which only a driver placed in the kernel may use", error.Message);
    }
}
