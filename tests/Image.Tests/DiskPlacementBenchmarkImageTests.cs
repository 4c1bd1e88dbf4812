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

    // The IDE boots count executed instructions as the benchmark does (a gdbstub breakpoint and QMP), so that path is kept too.
    [Theory]
    [InlineData("")]
    [InlineData("ata")]
    public void The_IDE_disk_driver_in_either_placement_serves_a_mounted_file_system_through_every_workload_of_the_placement_benchmark(string kernelPlaced)
    {
        var project = ImageProject.Read(RepositoryRoot.Combine("bench", "Minix.Bench.Guest", "DiskPlacement", "Ide", "Image.csproj"), kernelPlaced: kernelPlaced);
        string name = "minix-disk-placement-ide-" + (kernelPlaced == "" ? "user" : "kernel");
        SystemImage image = ImageBuilds.Build(project.Spec, name);
        string folder = Path.Combine(AppContext.BaseDirectory, "images", name);
        string disk = Path.Combine(folder, "ide.img");
        PlacementBench.WriteIdeDisk(disk, mebibytes: 1);
        try
        {
            Qemu.RequireInstalled();
            var values = PlacementBench.BootCountingInstructions(image, folder, [.. project.QemuArguments, "-m", "512"], [disk], out string output);

            Assert.Contains("ready: 1 disk", output);
            Assert.All(PlacementBench.Figures, f => Assert.True(values.GetValueOrDefault(f) > 0, $"{f} missing in:\n{output}"));
            Assert.Equal(1L << 20, values["place-seq-bytes"]);
            // Counted at the clock reads: a 1-byte write costs more than a null PM call, and no span is the clock's skips while idle.
            Assert.InRange(values["place-getpid"], 500, values["place-write1"]);
            Assert.True(values["place-seq-read"] < 1_000_000_000, $"1 MiB read in {values["place-seq-read"]} instructions");
            Assert.Contains("kernel: halting, status 0", output);
        }
        finally
        {
            File.Delete(disk);
        }
    }
}
