using System.Globalization;
using System.Text.Json;
using Minix.Build.Pipeline;
using Minix.Kernel.Boot;
using Minix.Kernel.Privileges;
using Minix.Servers.Mfs;

namespace Minix.Build.Imaging;

/// <summary>
/// Reads an image project: a project file whose <c>MinixProcess</c> items list the boot processes (the item is the
/// project a process runs, or an image assembly such as <c>$(MinixServersImage)</c> from the Minix.Servers package;
/// metadata <c>Name</c>, <c>Slot</c>, <c>Entry</c>, and optionally <c>System</c> (default true), <c>HeapSize</c>,
/// <c>Placement</c>, <c>GarbageCollection</c> (default false: the process allocates at start-up only)) and whose properties name its system.conf (<c>MinixSystemConf</c>), kernel command line
/// (<c>MinixCommandLine</c>), kernel (<c>MinixKernelProject</c>, a project, or <c>MinixKernelImage</c>, the image
/// assembly the Minix.Kernel package names), the drivers placed in the kernel (<c>MinixKernelPlaced</c>, names
/// separated by ';') and extra QEMU arguments (<c>MinixQemuArguments</c>); its <c>MinixDrive</c> items are raw disk
/// images a boot attaches as IDE disks. Its <c>MinixBootModule</c> items are boot
/// data modules (a file, metadata <c>Name</c>) that a service's system.conf grants with <c>mem NAME;</c>. Its
/// <c>MinixImageReference</c> items (the
/// Minix packages' image assemblies) are what image assemblies are compiled against.
/// </summary>
public static class ImageProject
{
    /// <summary>The properties an image project may set, all read with <see cref="Read"/>.</summary>
    public static IReadOnlyList<string> PropertyNames { get; } =
    [
        "MinixSystemConf", "MinixCommandLine", "MinixKernelPlaced", "MinixQemuArguments", "MinixKernelProject",
        "MinixKernelImage", "MinixIlcPath", "BaseIntermediateOutputPath", "NuGetPackageRoot",
        "MinixRootFileSystem", "MinixRootBlockSize", "MinixRootSize", "MinixRootInodes", "MinixBootDemo",
    ];

    /// <summary>What an image project says.</summary>
    /// <param name="Spec">The image to build.</param>
    /// <param name="QemuArguments">Extra QEMU arguments (devices the image's drivers expect).</param>
    /// <param name="OutputDirectory">Where the image goes (the project's intermediate folder).</param>
    public sealed record Contents(SystemImageSpec Spec, IReadOnlyList<string> QemuArguments, string OutputDirectory)
    {
        /// <summary>The project's <c>MinixDrive</c> items, full paths: raw disk images a boot attaches as IDE disks, in order (see <see cref="Qemu.IdeDrives"/>).</summary>
        public IReadOnlyList<string> Drives { get; init; } = [];

        /// <summary>
        /// The project's <c>MinixBootDemo</c>, a full path or null: a file of command lines that <c>minix boot</c>
        /// types at the image's shell when its standard input is not a terminal (one line each; '#' lines are comments).
        /// </summary>
        public string? BootDemo { get; init; }
    }

    /// <summary>One <c>MinixProcess</c> item.</summary>
    /// <param name="Identity">The item as written.</param>
    /// <param name="FullPath">Its full path (a project or an image assembly).</param>
    /// <param name="Metadata">Its metadata (missing names read as empty).</param>
    public sealed record ProcessItem(string Identity, string FullPath, IReadOnlyDictionary<string, string> Metadata);

    /// <summary>Reads a project by evaluating it with <c>dotnet msbuild</c>, restoring it first if it never was.</summary>
    /// <param name="projectFile">The .csproj.</param>
    /// <param name="optimize">Whether the image is built optimized.</param>
    /// <param name="kernelPlaced">Overrides the project's <c>MinixKernelPlaced</c> (null: keep it).</param>
    /// <param name="progress">Told about the restore, if one is needed, or null.</param>
    /// <returns>The image it describes.</returns>
    /// <exception cref="ToolchainException">The project cannot be evaluated or an item lacks metadata (the message names the item).</exception>
    /// <remarks>
    /// A project that uses the Minix packages learns the kernel and the servers' image assemblies from the packages'
    /// props, which exist only after a restore: one that was never restored is restored first.
    /// </remarks>
    public static Contents Read(string projectFile, bool optimize = true, string? kernelPlaced = null, IImageBuildProgress? progress = null)
    {
        string project = Path.GetFullPath(projectFile);
        var arguments = new List<string> { "msbuild", project, "-nologo", "-getItem:MinixProcess", "-getItem:MinixImageReference", "-getItem:MinixBootModule", "-getItem:MinixDrive", "-getItem:MinixEtcFile", "-getItem:MinixRootFile", "-getItem:MinixProgram" };
        arguments.AddRange(PropertyNames.Select(p => "-getProperty:" + p));
        if (kernelPlaced is not null)
            arguments.Add("-p:MinixKernelPlaced=" + kernelPlaced.Replace(";", "%3B"));
        if (!File.Exists(Path.Combine(Path.GetDirectoryName(project)!, "obj", "project.assets.json")))
            Restore(project, progress);
        var (result, answer) = MSBuildQuery.Run(arguments);
        if (result.ExitCode != 0 || answer is null)
            throw new ToolchainException("image", $"{project}: cannot be evaluated:\n{(result.Output + result.Error).Trim()}");
        using JsonDocument json = answer;
        JsonElement properties = json.RootElement.GetProperty("Properties");
        var values = PropertyNames.ToDictionary(p => p, p => properties.TryGetProperty(p, out var v) ? v.GetString() ?? "" : "", StringComparer.Ordinal);

        var processes = new List<ProcessItem>();
        var references = new List<string>();
        var dataModules = new List<ProcessItem>();
        var drives = new List<string>();
        var rootFiles = new List<ProcessItem>();
        var programs = new List<ProcessItem>();
        if (json.RootElement.TryGetProperty("Items", out JsonElement items))
        {
            if (items.TryGetProperty("MinixProgram", out JsonElement programItems))
                programs.AddRange(programItems.EnumerateArray().Select(ItemOf));
            if (items.TryGetProperty("MinixEtcFile", out JsonElement etc))
                rootFiles.AddRange(etc.EnumerateArray().Select(ItemOf).Select(EtcFile));
            if (items.TryGetProperty("MinixRootFile", out JsonElement rootItems))
                rootFiles.AddRange(rootItems.EnumerateArray().Select(ItemOf));
            if (items.TryGetProperty("MinixProcess", out JsonElement list))
                processes.AddRange(list.EnumerateArray().Select(ItemOf));
            if (items.TryGetProperty("MinixImageReference", out JsonElement images))
                references.AddRange(images.EnumerateArray().Select(i => i.GetProperty("FullPath").GetString()!));
            if (items.TryGetProperty("MinixBootModule", out JsonElement data))
                dataModules.AddRange(data.EnumerateArray().Select(ItemOf));
            if (items.TryGetProperty("MinixDrive", out JsonElement disks))
                drives.AddRange(disks.EnumerateArray().Select(i => i.GetProperty("FullPath").GetString()!));
        }

        return Create(project, processes, values, references, optimize, dataModules, rootFiles, programs) with { Drives = drives };
    }

    /// <summary>A <c>MinixEtcFile</c> item as the <c>MinixRootFile</c> item it stands for: the file under /etc by its own name.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The root file item.</returns>
    public static ProcessItem EtcFile(ProcessItem item)
    {
        var metadata = new Dictionary<string, string>(item.Metadata, StringComparer.Ordinal);
        if (!metadata.TryGetValue("Path", out string? path) || path.Length == 0)
            metadata["Path"] = "/etc/" + Path.GetFileName(item.FullPath.Length > 0 ? item.FullPath : item.Identity);
        return item with { Metadata = metadata };
    }

    // Evaluating with -restore does not restore (there is no target to run): restore on its own first.
    private static void Restore(string project, IImageBuildProgress? progress)
    {
        var step = new ImageBuildStep("restore", Path.GetFileName(project));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        progress?.Started(step);
        var result = ProcessRunner.Run("dotnet", ["restore", project, "-nologo"]);
        if (result.ExitCode != 0)
        {
            progress?.Failed(step, clock.Elapsed);
            throw new ToolchainException("image", $"{project}: cannot be restored:\n{(result.Output + result.Error).Trim()}");
        }

        progress?.Finished(step, clock.Elapsed, upToDate: false);
    }

    /// <summary>Makes the image description from an image project's items and properties (as MSBuild hands them to a task).</summary>
    /// <param name="project">The project file (relative paths are relative to its folder).</param>
    /// <param name="processes">The <c>MinixProcess</c> items.</param>
    /// <param name="properties">The values of <see cref="PropertyNames"/> (missing ones read as empty).</param>
    /// <param name="imageReferences">The <c>MinixImageReference</c> items' full paths.</param>
    /// <param name="optimize">Whether the image is built optimized.</param>
    /// <param name="dataModules">The <c>MinixBootModule</c> items: files the image carries for services (metadata <c>Name</c>).</param>
    /// <param name="rootFiles">The root file system's files (<c>MinixRootFile</c> items, metadata <c>Path</c> and optionally <c>Mode</c> in octal; <c>MinixEtcFile</c> items through <see cref="EtcFile"/>).</param>
    /// <param name="programs">The <c>MinixProgram</c> items: programs for the root file system's /bin that are not boot processes (metadata <c>Name</c>; <c>Entry</c> for a program with its own entry, none for an ordinary program whose Main is the entry).</param>
    /// <returns>The image it describes.</returns>
    /// <exception cref="ToolchainException">Something the image needs is missing (the message names it).</exception>
    public static Contents Create(string project, IReadOnlyList<ProcessItem> processes, IReadOnlyDictionary<string, string> properties, IReadOnlyList<string> imageReferences, bool optimize,
        IReadOnlyList<ProcessItem>? dataModules = null, IReadOnlyList<ProcessItem>? rootFiles = null, IReadOnlyList<ProcessItem>? programs = null)
    {
        string Property(string name) => properties.TryGetValue(name, out string? v) ? v ?? "" : "";
        string directory = Path.GetDirectoryName(Path.GetFullPath(project))!;

        var placedNames = new HashSet<string>(Property("MinixKernelPlaced").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);
        var boot = processes.Select(p => Process(project, p, placedNames)).ToList();
        if (boot.Count == 0)
            throw new ToolchainException("image", $"{project}: lists no MinixProcess items");
        foreach (string placed in placedNames)
        {
            if (boot.All(p => p.Name != placed))
                throw new ToolchainException("image", $"{project}: MinixKernelPlaced names '{placed}', which is not a MinixProcess of this image");
        }

        string conf = Property("MinixSystemConf");
        if (conf.Length == 0)
            throw new ToolchainException("image", $"{project}: the MinixSystemConf property is not set");
        string kernel = Property("MinixKernelProject") is { Length: > 0 } kernelProject ? kernelProject : Property("MinixKernelImage");
        if (kernel.Length == 0)
            throw new ToolchainException("image", $"{project}: neither MinixKernelProject nor MinixKernelImage is set (a package reference to Minix.Kernel, e.g. through Minix.Servers, sets MinixKernelImage)");

        string ilc = Property("MinixIlcPath");
        if (ilc.Length == 0 && Property("NuGetPackageRoot") is { Length: > 0 } packages)
            ilc = IlcToolchain.ExecutableIn(Path.Combine(packages, IlcToolchain.PackageId, IlcToolchain.PinnedVersion));
        var spec = new SystemImageSpec
        {
            KernelProject = Path.GetFullPath(kernel, directory),
            Processes = boot,
            SystemConf = Path.GetFullPath(conf, directory),
            CommandLine = Property("MinixCommandLine") is { Length: > 0 } line ? line : "console=com1",
            Optimize = optimize,
            ImageReferences = imageReferences.Select(r => Path.GetFullPath(r, directory)).Distinct(StringComparer.Ordinal).ToList(),
            IlcPath = ilc.Length > 0 && File.Exists(ilc) ? ilc : null,
            DataModules = (dataModules ?? []).Select(m => new ImageDataModule(
                m.Metadata.GetValueOrDefault("Name") is { Length: > 0 } name ? name : throw new ToolchainException("image", $"{project}: MinixBootModule '{m.Identity}' has no Name metadata"),
                Path.GetFullPath(m.FullPath.Length > 0 ? m.FullPath : m.Identity, directory))).ToList(),
            RootFileSystem = RootFileSystem(project, directory, Property, rootFiles ?? []),
            Programs = (programs ?? []).Select(p => Process(project, p, placedNames, program: true)).ToList(),
        };
        if (spec.Programs.Count > 0 && spec.RootFileSystem is null)
            throw new ToolchainException("image", $"{project}: MinixProgram items go into the root file system's /bin: set <MinixRootFileSystem>true</MinixRootFileSystem>");
        string intermediate = Path.GetFullPath((Property("BaseIntermediateOutputPath") is { Length: > 0 } obj ? obj : "obj/").Replace('\\', '/'), directory);
        string qemu = Property("MinixQemuArguments");
        string flavour = (optimize ? "Release" : "Debug") + (placedNames.Count > 0 ? "-kernel-" + string.Join('-', placedNames.Order(StringComparer.Ordinal)) : "");
        string demo = Property("MinixBootDemo");
        return new Contents(spec, qemu.Split(' ', StringSplitOptions.RemoveEmptyEntries), Path.Combine(intermediate, "minix-image", flavour))
        {
            BootDemo = demo.Length > 0 ? Path.GetFullPath(demo, directory) : null,
        };
    }

    /// <summary>The root file system the project asks for (<c>MinixRootFileSystem</c> true), or null.</summary>
    private static RootFileSystemSpec? RootFileSystem(string project, string directory, Func<string, string> property, IReadOnlyList<ProcessItem> files)
    {
        if (!string.Equals(property("MinixRootFileSystem"), "true", StringComparison.OrdinalIgnoreCase))
        {
            if (files.Count > 0)
                throw new ToolchainException("image", $"{project}: MinixEtcFile or MinixRootFile items need <MinixRootFileSystem>true</MinixRootFileSystem>");
            return null;
        }

        long Number(string name) => property(name).Trim().Length == 0 ? 0 : ProjectValues.Bytes(property(name), units: true, project, name);

        var rootFiles = files.Select(f =>
        {
            string path = f.Metadata.GetValueOrDefault("Path") is { Length: > 0 } p ? p : throw new ToolchainException("image", $"{project}: MinixRootFile '{f.Identity}' has no Path metadata (where it goes in the image)");
            string mode = f.Metadata.GetValueOrDefault("Mode") is { Length: > 0 } m ? m : "644";
            // Permission bits only (set-user-id, set-group-id, sticky and rwx three times): no file type, no overflow.
            string digits = mode.TrimStart('0');
            if (mode.Any(c => c is < '0' or > '7') || digits.Length > 4)
                throw new ToolchainException("image", $"{project}: MinixRootFile '{f.Identity}': Mode '{mode}' is not octal permission bits (at most 7777)");
            int bits = digits.Length == 0 ? 0 : Convert.ToInt32(digits, 8);
            return new RootFile(Path.GetFullPath(f.FullPath.Length > 0 ? f.FullPath : f.Identity, directory), path, bits);
        }).ToList();
        // The image is built in memory, in one array.
        long size = Number("MinixRootSize");
        if (size > int.MaxValue)
            throw new ToolchainException("image", $"{project}: MinixRootSize '{property("MinixRootSize")}' is larger than a root file system image can be (2 GiB at most)");
        return new RootFileSystemSpec
        {
            BlockSize = BlockSize(project, Number("MinixRootBlockSize")),
            Size = size,
            Inodes = Number("MinixRootInodes"),
            Files = rootFiles,
        };
    }

    /// <summary>The root file system's block size (1024 when not set); one the file server cannot mount is an error naming the property.</summary>
    private static int BlockSize(string project, long given)
    {
        if (given == 0)
            return DiskFormat.MinBlockSize;
        if (given > DiskFormat.MaxBlockSize || !DiskFormat.IsSupportedBlockSize((int)given))
            throw new ToolchainException("image", $"{project}: MinixRootBlockSize {given} is not a block size the file server mounts: a power of two from {DiskFormat.MinBlockSize} to {DiskFormat.MaxBlockSize}");
        return (int)given;
    }

    private static ProcessItem ItemOf(JsonElement item)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonProperty property in item.EnumerateObject())
            metadata[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() ?? "" : property.Value.ToString();
        return new ProcessItem(metadata.GetValueOrDefault("Identity", ""), metadata.GetValueOrDefault("FullPath", ""), metadata);
    }

    private static ImageProcess Process(string project, ProcessItem item, HashSet<string> kernelPlaced, bool program = false)
    {
        string kind = program ? "MinixProgram" : "MinixProcess";
        string Meta(string name, bool required = true)
        {
            string value = item.Metadata.TryGetValue(name, out string? v) ? v ?? "" : "";
            if (required && value.Length == 0)
                throw new ToolchainException("image", $"{project}: {kind} '{item.Identity}' has no {name} metadata");
            return value;
        }

        string name = Meta("Name");
        int slot = -1;
        if (!program && !int.TryParse(Meta("Slot"), NumberStyles.None, CultureInfo.InvariantCulture, out slot))
            throw new ToolchainException("image", $"{project}: MinixProcess '{name}' has a Slot that is not a number");
        if (slot > PrivilegeId.MaxBootSlot)
            throw new ToolchainException("image", $"{project}: MinixProcess '{name}' has Slot {slot}; boot slots are 0..{PrivilegeId.MaxBootSlot}");
        if (item.FullPath.Length == 0 || (!File.Exists(item.FullPath) && item.FullPath.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
            throw new ToolchainException("image", $"{project}: {kind} '{name}' names '{item.Identity}', which does not exist (an empty name: is the package that defines it referenced and restored?)");
        string where = $"{project}: {kind} '{name}'";
        bool system = !program && ProjectValues.Flag(Meta("System", false), empty: true, where, "System");
        ulong heap = Meta("HeapSize", false) is { Length: > 0 } h ? (ulong)ProjectValues.Bytes(h, units: false, where, "HeapSize") : 1 << 20;
        Placement placement = kernelPlaced.Contains(name) || Meta("Placement", false) == "Kernel" ? Placement.Kernel : Placement.User;
        bool collected = ProjectValues.Flag(Meta("GarbageCollection", false), empty: false, where, "GarbageCollection");
        if (collected && placement == Placement.Kernel)
            throw new ToolchainException("image", $"{project}: MinixProcess '{name}' is placed in the kernel, which keeps the system subset: it cannot opt in to the garbage collector");
        // A program without an Entry is an ordinary one: its Main is the entry.
        string entry = Meta("Entry", required: !program);
        if (entry.Length == 0 && Meta("HeapSize", false).Length > 0)
            throw new ToolchainException("image", $"{project}: MinixProgram '{name}' has no Entry, so it is an ordinary program whose heap grows to the process manager's limit: drop its HeapSize (it sizes the fixed heap of a program with an Entry)");
        return new ImageProcess(name, item.FullPath, slot, system, entry, heap, placement, collected);
    }
}
