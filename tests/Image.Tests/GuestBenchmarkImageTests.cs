using Minix.Bench.Guest;
using Minix.Build.Imaging;

namespace Image.Tests;

/// <summary>
/// The guest benchmark image (bench/Minix.Bench.Guest) boots and reports every figure, so the benchmark cannot rot
/// between the runs that produce bench/README.md.
/// </summary>
public class GuestBenchmarkImageTests
{
    [Fact]
    public void The_guest_benchmark_reports_IPC_and_both_placements_of_the_RAM_disk_and_serial_drivers()
    {
        var project = ImageProject.Read(RepositoryRoot.Combine("bench", "Minix.Bench.Guest", "Image", "Image.csproj"));
        SystemImage image = ImageBuilds.Build(project.Spec, "minix-guest-bench-image");

        var run = Qemu.Boot(File.ReadAllBytes(image.MultibootFile), rawDisk: false, 120, project.QemuArguments);

        GuestResults? figures = GuestResults.Parse(run.Output, out var missing);
        Assert.True(figures is not null, $"missing {string.Join(", ", missing)} in:\n{run.Output}");
        Assert.Equal(0, run.GuestStatus);
        Assert.Contains("kernel: 10 boot processes", run.Output);
        Assert.All(GuestResults.Names, name => Assert.True(figures[name] > 0, name));
        // A message round trip is two traps, two copies and two switches: it cannot cost less than one null call.
        Assert.True(figures["ipc-round-trip-cycles"] > figures["null-kernel-call-cycles"], run.Output);
    }
}
