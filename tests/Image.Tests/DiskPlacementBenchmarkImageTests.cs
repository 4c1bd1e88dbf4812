using Minix.Bench.Guest;
using Minix.Build.Imaging;

namespace Image.Tests;

/// <summary>
/// The disk-placement benchmark (Minix.Bench.Guest place) boots with the RAM disk placed in the kernel under MFS, and
/// with the IDE disk's driver in user mode and placed in the kernel under a mounted MFS, and reports every workload,
/// so the benchmark cannot rot between the runs that produce bench/README.md's tables (the user-mode RAM disk is the
/// ordinary one the other file-system images boot; the IDE boots use a small file, the benchmark 64 MiB).
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
        Assert.All(PlacementBench.Figures, f => Assert.True(values.GetValueOrDefault(f) > 0, $"{f} missing in:\n{run.Output}"));
        Assert.Equal(64L << 20, values["place-seq-bytes"]);
        Assert.Equal(0, run.GuestStatus);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ata")]
    public void The_IDE_disk_driver_in_either_placement_serves_a_mounted_file_system_through_every_workload_of_the_placement_benchmark(string kernelPlaced)
    {
        var project = ImageProject.Read(RepositoryRoot.Combine("bench", "Minix.Bench.Guest", "DiskPlacement", "Ide", "Image.csproj"), kernelPlaced: kernelPlaced);
        SystemImage image = ImageBuilds.Build(project.Spec, "minix-disk-placement-ide-" + (kernelPlaced == "" ? "user" : "kernel"));
        string disk = Path.Combine(Path.GetTempPath(), "minix-placement-ide-" + Guid.NewGuid().ToString("N") + ".img");
        PlacementBench.WriteIdeDisk(disk, mebibytes: 1);
        try
        {
            var run = Qemu.Boot(File.ReadAllBytes(image.MultibootFile), rawDisk: false, 300, [.. project.QemuArguments, "-m", "512", "-icount", "shift=0"], drives: [disk]);

            var values = GuestResults.Values(run.Output);
            Assert.Contains(kernelPlaced == "" ? "ata: ready: 1 disk" : "ready: 1 disk", run.Output);
            Assert.All(PlacementBench.Figures, f => Assert.True(values.GetValueOrDefault(f) > 0, $"{f} missing in:\n{run.Output}"));
            Assert.Equal(1L << 20, values["place-seq-bytes"]);
            Assert.Equal(0, run.GuestStatus);
        }
        finally
        {
            File.Delete(disk);
        }
    }
}
