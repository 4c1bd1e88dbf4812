namespace Minix.Build.Imaging;

/// <summary>What a system image is made of.</summary>
public sealed class SystemImageSpec
{
    /// <summary>Creates an empty description; set its properties.</summary>
    public SystemImageSpec()
    {
    }

    /// <summary>
    /// The kernel project (Minix.Kernel, whose Image/ folder holds the kernel's start-up), or the kernel's image
    /// assembly (a .dll compiled against Minix.Runtime, as the Minix.Kernel package carries it).
    /// </summary>
    public required string KernelProject { get; init; }

    /// <summary>The boot processes (each one's project is a .csproj or an image assembly).</summary>
    public required IReadOnlyList<ImageProcess> Processes { get; init; }

    /// <summary>The system.conf file giving each system process its privileges.</summary>
    public required string SystemConf { get; init; }

    /// <summary>The kernel command line.</summary>
    public string CommandLine { get; init; } = "console=com1";

    /// <summary>Whether to compile optimized.</summary>
    public bool Optimize { get; init; } = true;

    /// <summary>
    /// Image assemblies (compiled against Minix.Runtime, e.g. those the Minix packages carry) that a kernel or
    /// process given as an image assembly references.
    /// </summary>
    public IReadOnlyList<string> ImageReferences { get; init; } = Array.Empty<string>();

    /// <summary>Where the NativeAOT compiler is (null: the pinned package in the NuGet cache).</summary>
    public string? IlcPath { get; init; }

    /// <summary>
    /// Boot data modules: named files the image carries for services (the root file system's image for the RAM disk),
    /// which a service's system.conf entry grants with <c>mem NAME;</c>.
    /// </summary>
    public IReadOnlyList<ImageDataModule> DataModules { get; init; } = Array.Empty<ImageDataModule>();

    /// <summary>
    /// Programs for the root file system's /bin that are not boot processes (<c>MinixProgram</c> items): linked as user
    /// processes, started only by exec. Their slot is -1.
    /// </summary>
    public IReadOnlyList<ImageProcess> Programs { get; init; } = Array.Empty<ImageProcess>();

    /// <summary>
    /// The root file system to build on the host and carry as the boot data module <c>root</c> (null: none): the
    /// image's user programs in /bin, the project's files, the standard /dev.
    /// </summary>
    public RootFileSystemSpec? RootFileSystem { get; init; }
}
