using Minix.Build.Imaging;

namespace Image.Tests;

/// <summary>The tests that boot the sample image: they share one build of it.</summary>
[CollectionDefinition(Name)]
public sealed class SampleImageCollection : ICollectionFixture<SystemImageFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "sample image";
}

/// <summary>Builds the sample image (samples/DriverImage: RS, DS, log, the drivers, lpr, devcheck and service) once for the tests that boot it.</summary>
public class SystemImageFixture
{
    public SystemImageFixture()
        : this(kernelPlaced: null)
    {
    }

    protected SystemImageFixture(string? kernelPlaced)
    {
        Project = ImageProject.Read(RepositoryRoot.Combine("samples", "DriverImage", "Image.csproj"), kernelPlaced: kernelPlaced);
        Image = ImageBuilds.Build(Project.Spec, "minix-sample-image-" + (kernelPlaced ?? "user"));
    }

    public ImageProject.Contents Project { get; }

    public SystemImage Image { get; }

    /// <summary>Boots with a kernel command line; the printer's output goes to a file read back into <c>Printed</c>.</summary>
    /// <param name="commandLine">The kernel command line (QEMU's -append).</param>
    /// <param name="timeoutSeconds">When to give up.</param>
    /// <param name="drives">Raw disk images to attach as IDE disks, in order (c0d0 first).</param>
    /// <returns>What QEMU saw and what the printer printed.</returns>
    public (Minix.Build.Qemu.QemuRun Run, string Printed) Boot(string commandLine, int timeoutSeconds = 90, IReadOnlyList<string>? drives = null)
    {
        string printer = Path.Combine(Path.GetTempPath(), "minix-printer-" + Guid.NewGuid().ToString("N") + ".out");
        string serial = Path.Combine(Path.GetTempPath(), "minix-serial-" + Guid.NewGuid().ToString("N") + ".out");
        try
        {
            var run = Qemu.Boot(File.ReadAllBytes(Image.MultibootFile), rawDisk: false, timeoutSeconds,
                ["-append", commandLine, "-parallel", "file:" + printer, "-serial", "file:" + serial], drives);
            return (run, File.Exists(printer) ? File.ReadAllText(printer) : "");
        }
        finally
        {
            File.Delete(printer);
            File.Delete(serial);
        }
    }
}

/// <summary>The sample image with the printer driver placed in the kernel (MINIX 2 style).</summary>
public sealed class KernelPlacedPrinterFixture : SystemImageFixture
{
    public KernelPlacedPrinterFixture()
        : base(kernelPlaced: "printer")
    {
    }
}
