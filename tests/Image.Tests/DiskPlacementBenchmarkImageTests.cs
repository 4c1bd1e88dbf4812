using Minix.Bench.Guest;
using Minix.Build.Imaging;

namespace Image.Tests;

/// <summary>
/// The disk-placement benchmark (Minix.Bench.Guest place) boots with the RAM disk placed in the kernel under MFS and
/// reports every workload, so the benchmark cannot rot between the runs that produce bench/README.md's table (the
/// user-mode placement is the ordinary RAM disk the other file-system images boot).
/// </summary>
public class DiskPlacementBenchmarkImageTests
{
    [Fact]
    public void The_RAM_disk_placed_in_the_kernel_serves_the_root_file_system_through_every_workload_of_the_placement_benchmark()
    {
        var project = ImageProject.Read(RepositoryRoot.Combine("bench", "Minix.Bench.Guest", "DiskPlacement", "Image.csproj"), kernelPlaced: "ramdisk");
        SystemImage image = ImageBuilds.Build(project.Spec, "minix-disk-placement-kernel");

        var run = Qemu.Boot(File.ReadAllBytes(image.MultibootFile), rawDisk: false, 300, [.. project.QemuArguments, "-m", "512", "-icount", "shift=0,sleep=off"]);

        var values = GuestResults.Values(run.Output);
        string[] figures = ["place-getpid", "place-write1", "place-read1", "place-seq-write", "place-seq-read", "place-random-read", "place-random-write", "mark-mix-start", "mark-mix-end"];
        Assert.All(figures, f => Assert.True(values.GetValueOrDefault(f) > 0, $"{f} missing in:\n{run.Output}"));
        Assert.Equal(64L << 20, values["place-seq-bytes"]);
        Assert.Equal(0, run.GuestStatus);
    }
}
