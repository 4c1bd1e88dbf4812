using System.Globalization;
using System.Text.Json;
using Minix.Build.Pipeline;
using Minix.Kernel.Boot;

namespace Minix.Build.Imaging;

/// <summary>
/// Reads an image project: a project file whose <c>MinixProcess</c> items list the boot processes (the item is the
/// project a process runs, or an image assembly such as <c>$(MinixServersImage)</c> from the Minix.Servers package;
/// metadata <c>Name</c>, <c>Slot</c>, <c>Entry</c>, and optionally <c>System</c> (default true), <c>HeapSize</c>,
/// <c>Placement</c>, <c>GarbageCollection</c> (default false: the process allocates at start-up only)) and whose properties name its system.conf (<c>MinixSystemConf</c>), kernel command line
/// (<c>MinixCommandLine</c>), kernel (<c>MinixKernelProject</c>, a project, or <c>MinixKernelImage</c>, the image
/// assembly the Minix.Kernel package names), the drivers placed in the kernel (<c>MinixKernelPlaced</c>, names
/// separated by ';') and extra QEMU arguments (<c>MinixQemuArguments</c>). Its <c>MinixImageReference</c> items (the
/// Minix packages' image assemblies) are what image assemblies are compiled against.
/// </summary>
public static class ImageProject
{
    /// <summary>The properties an image project may set, all read with <see cref="Read"/>.</summary>
    public static IReadOnlyList<string> PropertyNames { get; } =
    [
        "MinixSystemConf", "MinixCommandLine", "MinixKernelPlaced", "MinixQemuArguments", "MinixKernelProject",
        "MinixKernelImage", "MinixIlcPath", "BaseIntermediateOutputPath", "NuGetPackageRoot",
    ];

    /// <summary>What an image project says.</summary>
    /// <param name="Spec">The image to build.</param>
    /// <param name="QemuArguments">Extra QEMU arguments (devices the image's drivers expect).</param>
    /// <param name="OutputDirectory">Where the image goes (the project's intermediate folder).</param>
    public sealed record Contents(SystemImageSpec Spec, IReadOnlyList<string> QemuArguments, string OutputDirectory);

    /// <summary>One <c>MinixProcess</c> item.</summary>
    /// <param name="Identity">The item as written.</param>
    /// <param name="FullPath">Its full path (a project or an image assembly).</param>
    /// <param name="Metadata">Its metadata (missing names read as empty).</param>
    public sealed record ProcessItem(string Identity, string FullPath, IReadOnlyDictionary<string, string> Metadata);

    /// <summary>Reads a project by evaluating it with <c>dotnet msbuild</c>.</summary>
    /// <param name="projectFile">The .csproj.</param>
    /// <param name="optimize">Whether the image is built optimized.</param>
    /// <param name="kernelPlaced">Overrides the project's <c>MinixKernelPlaced</c> (null: keep it).</param>
    /// <returns>The image it describes.</returns>
    /// <exception cref="ToolchainException">The project cannot be evaluated or an item lacks metadata (the message names the item).</exception>
    public static Contents Read(string projectFile, bool optimize = true, string? kernelPlaced = null)
    {
        string project = Path.GetFullPath(projectFile);
        var arguments = new List<string> { "msbuild", project, "-nologo", "-getItem:MinixProcess", "-getItem:MinixImageReference" };
        arguments.AddRange(PropertyNames.Select(p => "-getProperty:" + p));
        if (kernelPlaced is not null)
            arguments.Add("-p:MinixKernelPlaced=" + kernelPlaced.Replace(";", "%3B"));
        var result = ProcessRunner.Run("dotnet", arguments);
        if (result.ExitCode != 0)
            throw new ToolchainException("image", $"{project}: cannot be evaluated:\n{(result.Output + result.Error).Trim()}");
        using var json = JsonDocument.Parse(result.Output[result.Output.IndexOf('{')..]);
        JsonElement properties = json.RootElement.GetProperty("Properties");
        var values = PropertyNames.ToDictionary(p => p, p => properties.TryGetProperty(p, out var v) ? v.GetString() ?? "" : "", StringComparer.Ordinal);

        var processes = new List<ProcessItem>();
        var references = new List<string>();
        if (json.RootElement.TryGetProperty("Items", out JsonElement items))
        {
            if (items.TryGetProperty("MinixProcess", out JsonElement list))
                processes.AddRange(list.EnumerateArray().Select(ItemOf));
            if (items.TryGetProperty("MinixImageReference", out JsonElement images))
                references.AddRange(images.EnumerateArray().Select(i => i.GetProperty("FullPath").GetString()!));
        }

        return Create(project, processes, values, references, optimize);
    }

    /// <summary>Makes the image description from an image project's items and properties (as MSBuild hands them to a task).</summary>
    /// <param name="project">The project file (relative paths are relative to its folder).</param>
    /// <param name="processes">The <c>MinixProcess</c> items.</param>
    /// <param name="properties">The values of <see cref="PropertyNames"/> (missing ones read as empty).</param>
    /// <param name="imageReferences">The <c>MinixImageReference</c> items' full paths.</param>
    /// <param name="optimize">Whether the image is built optimized.</param>
    /// <returns>The image it describes.</returns>
    /// <exception cref="ToolchainException">Something the image needs is missing (the message names it).</exception>
    public static Contents Create(string project, IReadOnlyList<ProcessItem> processes, IReadOnlyDictionary<string, string> properties, IReadOnlyList<string> imageReferences, bool optimize)
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
        };
        string intermediate = Path.GetFullPath((Property("BaseIntermediateOutputPath") is { Length: > 0 } obj ? obj : "obj/").Replace('\\', '/'), directory);
        string qemu = Property("MinixQemuArguments");
        string flavour = (optimize ? "Release" : "Debug") + (placedNames.Count > 0 ? "-kernel-" + string.Join('-', placedNames.Order(StringComparer.Ordinal)) : "");
        return new Contents(spec, qemu.Split(' ', StringSplitOptions.RemoveEmptyEntries), Path.Combine(intermediate, "minix-image", flavour));
    }

    private static ProcessItem ItemOf(JsonElement item)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonProperty property in item.EnumerateObject())
            metadata[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() ?? "" : property.Value.ToString();
        return new ProcessItem(metadata.GetValueOrDefault("Identity", ""), metadata.GetValueOrDefault("FullPath", ""), metadata);
    }

    private static ImageProcess Process(string project, ProcessItem item, HashSet<string> kernelPlaced)
    {
        string Meta(string name, bool required = true)
        {
            string value = item.Metadata.TryGetValue(name, out string? v) ? v ?? "" : "";
            if (required && value.Length == 0)
                throw new ToolchainException("image", $"{project}: MinixProcess '{item.Identity}' has no {name} metadata");
            return value;
        }

        string name = Meta("Name");
        if (!int.TryParse(Meta("Slot"), NumberStyles.None, CultureInfo.InvariantCulture, out int slot))
            throw new ToolchainException("image", $"{project}: MinixProcess '{name}' has a Slot that is not a number");
        if (item.FullPath.Length == 0 || (!File.Exists(item.FullPath) && item.FullPath.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
            throw new ToolchainException("image", $"{project}: MinixProcess '{name}' names '{item.Identity}', which does not exist (an empty name: is the package that defines it referenced and restored?)");
        bool system = Meta("System", false) is not { Length: > 0 } s || bool.Parse(s);
        ulong heap = Meta("HeapSize", false) is { Length: > 0 } h ? ulong.Parse(h, CultureInfo.InvariantCulture) : 1 << 20;
        Placement placement = kernelPlaced.Contains(name) || Meta("Placement", false) == "Kernel" ? Placement.Kernel : Placement.User;
        bool collected = Meta("GarbageCollection", false) is { Length: > 0 } g && bool.Parse(g);
        if (collected && placement == Placement.Kernel)
            throw new ToolchainException("image", $"{project}: MinixProcess '{name}' is placed in the kernel, which keeps the system subset: it cannot opt in to the garbage collector");
        return new ImageProcess(name, item.FullPath, slot, system, Meta("Entry"), heap, placement, collected);
    }
}
