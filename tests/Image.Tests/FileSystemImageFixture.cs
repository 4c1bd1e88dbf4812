using Minix.Build.Imaging;
using Minix.Build.Qemu;
using Minix.Servers.Mfs;
using Minix.Tests.Shared;

namespace Image.Tests;

/// <summary>
/// Builds the file-system image (tests/Image.FileSystem) once, with its disks made on the host: the root the project
/// describes (1 KiB blocks, room for a 16.5 MiB file; the image build makes it), three empty disks of 2, 4 and 8 KiB
/// blocks, and one made by util-linux's mkfs.minix -3 with a file our host tool put there. Each test boots it with
/// the scenarios it names.
/// </summary>
public sealed class FileSystemImageFixture : IDisposable
{
    private readonly string _disks = Path.Combine(Path.GetTempPath(), "minix-fs-image-" + Guid.NewGuid().ToString("N"));

    public FileSystemImageFixture()
    {
        Directory.CreateDirectory(_disks);
        // Four 2 MiB disks in one module (minors 1 to 4 of the disk driver); the image stays under the BIOS loader's 32 MiB.
        var disks = new byte[8 << 20];
        int slot = 0;
        foreach (int size in new[] { 2, 4, 8 })
            new DiskImageBuilder { BlockSize = size << 10, Size = 2 << 20 }.Build().CopyTo(disks, (slot++) * (2 << 20));
        string foreign = Path.Combine(_disks, "foreign.img");
        File.WriteAllBytes(foreign, new byte[2 << 20]);
        var made = HostProgram.Run("mkfs.minix", "-3", foreign);
        if (made.Exit != 0)
            throw new InvalidOperationException("mkfs.minix -3 failed: " + made.Output);
        using (var image = DiskImage.Open(foreign, writable: true))
            image.WriteFile("/from-host", System.Text.Encoding.ASCII.GetBytes("written on the host into an mkfs.minix image\n"));
        File.ReadAllBytes(foreign).CopyTo(disks, 3 * (2 << 20));
        string all = Path.Combine(_disks, "disks.img");
        File.WriteAllBytes(all, disks);
        var modules = new List<ImageDataModule> { new("disks", all) };

        SystemImageSpec project = ImageProject.Read(RepositoryRoot.Combine("tests", "Image.FileSystem", "Image.FileSystem.csproj")).Spec;
        var spec = new SystemImageSpec
        {
            KernelProject = project.KernelProject,
            Processes = project.Processes,
            SystemConf = project.SystemConf,
            CommandLine = project.CommandLine,
            ImageReferences = project.ImageReferences,
            IlcPath = project.IlcPath,
            DataModules = modules,
            RootFileSystem = project.RootFileSystem,
        };
        Image = ImageBuilds.Build(spec, "minix-filesystem-image");
        CommandLine = project.CommandLine;
    }

    /// <summary>The image's own kernel command line.</summary>
    public string CommandLine { get; }

    /// <summary>The built image.</summary>
    public SystemImage Image { get; }

    /// <summary>Boots the image with <c>fscheck.do=<paramref name="steps"/></c> and more kernel command line.</summary>
    public QemuRun Boot(string steps, string append = "", int timeoutSeconds = 300) =>
        Qemu.Boot(File.ReadAllBytes(Image.MultibootFile), rawDisk: false, timeoutSeconds, ["-m", "256", "-append", $"{CommandLine} fscheck.do={steps} {append}".Trim()]);

    public void Dispose() => Directory.Delete(_disks, recursive: true);
}
