using Minix.Build.Imaging;

namespace Image.Tests;

/// <summary>The tests that boot the disk image: they share one build of it.</summary>
[CollectionDefinition(Name)]
public sealed class DiskImageCollection : ICollectionFixture<DiskImageFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "disk image";
}

/// <summary>
/// Builds the disk image (bench/Minix.Bench.Disk/Image: the RAM disk over a 4 MiB boot data module, the ATA driver,
/// blockcheck) once for the tests that boot it; each boot names its own disks.
/// </summary>
public sealed class DiskImageFixture
{
    /// <summary>The RAM disk's size: its boot data module, made here before the build.</summary>
    public const int RamDiskBytes = 4 << 20;

    public DiskImageFixture()
    {
        string folder = RepositoryRoot.Combine("bench", "Minix.Bench.Disk", "Image");
        string module = Path.Combine(folder, "obj", "disks", "ramdisk.img");
        Directory.CreateDirectory(Path.GetDirectoryName(module)!);
        using (var file = new FileStream(module, FileMode.Create))
            file.SetLength(RamDiskBytes);
        Image = ImageBuilds.Build(ImageProject.Read(Path.Combine(folder, "Image.csproj")).Spec, "minix-disk-image");
    }

    public SystemImage Image { get; }

    /// <summary>Boots with a kernel command line and IDE disks.</summary>
    /// <param name="commandLine">The kernel command line.</param>
    /// <param name="drives">Raw disk images, c0d0 first.</param>
    /// <param name="timeoutSeconds">When to give up.</param>
    /// <returns>What QEMU saw.</returns>
    public Minix.Build.Qemu.QemuRun Boot(string commandLine, IReadOnlyList<string>? drives = null, int timeoutSeconds = 180) =>
        Qemu.Boot(File.ReadAllBytes(Image.MultibootFile), rawDisk: false, timeoutSeconds, ["-append", commandLine], drives);
}
