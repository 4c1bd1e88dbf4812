using System.Globalization;
using System.Text.Json;
using Minix.Build.Pipeline;
using Minix.Kernel.Boot;

namespace Minix.Build.Imaging;

/// <summary>
/// Reads an image project: a project file whose <c>MinixProcess</c> items list the boot processes (the item is the
/// project a process runs; metadata <c>Name</c>, <c>Slot</c>, <c>Entry</c>, and optionally <c>System</c> (default
/// true), <c>HeapSize</c>, <c>Placement</c>) and whose properties name its system.conf (<c>MinixSystemConf</c>), kernel
/// command line (<c>MinixCommandLine</c>), the drivers placed in the kernel (<c>MinixKernelPlaced</c>, names
/// separated by ';') and extra QEMU arguments (<c>MinixQemuArguments</c>).
/// </summary>
public static class ImageProject
{
    /// <summary>What an image project says.</summary>
    /// <param name="Spec">The image to build.</param>
    /// <param name="QemuArguments">Extra QEMU arguments (devices the image's drivers expect).</param>
    /// <param name="OutputDirectory">Where the image goes (the project's intermediate folder).</param>
    public sealed record Contents(SystemImageSpec Spec, IReadOnlyList<string> QemuArguments, string OutputDirectory);

    /// <summary>Reads a project.</summary>
    /// <param name="projectFile">The .csproj.</param>
    /// <param name="optimize">Whether the image is built optimized.</param>
    /// <param name="kernelPlaced">Overrides the project's <c>MinixKernelPlaced</c> (null: keep it).</param>
    /// <returns>The image it describes.</returns>
    /// <exception cref="ToolchainException">The project cannot be evaluated or an item lacks metadata (the message names the item).</exception>
    public static Contents Read(string projectFile, bool optimize = true, string? kernelPlaced = null)
    {
        string project = Path.GetFullPath(projectFile);
        var arguments = new List<string> { "msbuild", project, "-nologo", "-getItem:MinixProcess",
            "-getProperty:MinixSystemConf", "-getProperty:MinixCommandLine", "-getProperty:MinixKernelPlaced",
            "-getProperty:MinixQemuArguments", "-getProperty:MinixKernelProject", "-getProperty:BaseIntermediateOutputPath" };
        if (kernelPlaced is not null)
            arguments.Add("-p:MinixKernelPlaced=" + kernelPlaced.Replace(";", "%3B"));
        var result = ProcessRunner.Run("dotnet", arguments);
        if (result.ExitCode != 0)
            throw new ToolchainException("image", $"{project}: cannot be evaluated:\n{(result.Output + result.Error).Trim()}");
        using var json = JsonDocument.Parse(result.Output[result.Output.IndexOf('{')..]);
        JsonElement properties = json.RootElement.GetProperty("Properties");
        string Property(string name) => properties.TryGetProperty(name, out var v) ? v.GetString() ?? "" : "";
        string directory = Path.GetDirectoryName(project)!;

        var placedNames = new HashSet<string>(Property("MinixKernelPlaced").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);
        var processes = new List<ImageProcess>();
        if (json.RootElement.TryGetProperty("Items", out JsonElement items) && items.TryGetProperty("MinixProcess", out JsonElement list))
        {
            foreach (JsonElement item in list.EnumerateArray())
                processes.Add(Process(project, item, placedNames));
        }

        if (processes.Count == 0)
            throw new ToolchainException("image", $"{project}: lists no MinixProcess items");
        foreach (string placed in placedNames)
        {
            if (processes.All(p => p.Name != placed))
                throw new ToolchainException("image", $"{project}: MinixKernelPlaced names '{placed}', which is not a MinixProcess of this image");
        }

        string conf = Property("MinixSystemConf");
        if (conf.Length == 0)
            throw new ToolchainException("image", $"{project}: the MinixSystemConf property is not set");
        string kernel = Property("MinixKernelProject");
        var spec = new SystemImageSpec
        {
            KernelProject = kernel.Length > 0 ? Path.GetFullPath(kernel, directory) : throw new ToolchainException("image", $"{project}: the MinixKernelProject property is not set"),
            Processes = processes,
            SystemConf = Path.GetFullPath(conf, directory),
            CommandLine = Property("MinixCommandLine") is { Length: > 0 } line ? line : "console=com1",
            Optimize = optimize,
        };
        string intermediate = Path.GetFullPath((Property("BaseIntermediateOutputPath") is { Length: > 0 } obj ? obj : "obj/").Replace('\\', '/'), directory);
        string qemu = Property("MinixQemuArguments");
        string flavour = (optimize ? "Release" : "Debug") + (kernelPlaced is { Length: > 0 } ? "-kernel-" + kernelPlaced.Replace(';', '-') : "");
        return new Contents(spec, qemu.Split(' ', StringSplitOptions.RemoveEmptyEntries), Path.Combine(intermediate, "minix-image", flavour));
    }

    private static ImageProcess Process(string project, JsonElement item, HashSet<string> kernelPlaced)
    {
        string identity = item.GetProperty("Identity").GetString()!;
        string Meta(string name, bool required = true)
        {
            string value = item.TryGetProperty(name, out var v) ? v.GetString() ?? "" : "";
            if (required && value.Length == 0)
                throw new ToolchainException("image", $"{project}: MinixProcess '{identity}' has no {name} metadata");
            return value;
        }

        string name = Meta("Name");
        if (!int.TryParse(Meta("Slot"), NumberStyles.None, CultureInfo.InvariantCulture, out int slot))
            throw new ToolchainException("image", $"{project}: MinixProcess '{name}' has a Slot that is not a number");
        bool system = Meta("System", false) is not { Length: > 0 } s || bool.Parse(s);
        ulong heap = Meta("HeapSize", false) is { Length: > 0 } h ? ulong.Parse(h, CultureInfo.InvariantCulture) : 1 << 20;
        Placement placement = kernelPlaced.Contains(name) || Meta("Placement", false) == "Kernel" ? Placement.Kernel : Placement.User;
        return new ImageProcess(name, item.GetProperty("FullPath").GetString()!, slot, system, Meta("Entry"), heap, placement);
    }
}
