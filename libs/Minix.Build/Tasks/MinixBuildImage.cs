using Microsoft.Build.Framework;
using Minix.Build.Imaging;
using Minix.Build.Linking;
using Minix.Build.Pipeline;
using Minix.Kernel.Configuration;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace Minix.Build.Tasks;

/// <summary>
/// MSBuild task behind the MinixSystemImage target: builds the system image an image project describes (its
/// <c>MinixProcess</c> items and <c>Minix*</c> properties, see <see cref="ImageProject"/>) with
/// <see cref="SystemImageBuilder"/>, so that <c>dotnet build</c> of an image project yields the Multiboot kernel file
/// and the raw BIOS disk image.
/// </summary>
public sealed class MinixBuildImage : MSBuildTask
{
    /// <summary>Creates the task (MSBuild sets its inputs).</summary>
    public MinixBuildImage()
    {
    }

    /// <summary>The image project file.</summary>
    [Required]
    public string ProjectFile { get; set; } = "";

    /// <summary>The <c>MinixProcess</c> items.</summary>
    [Required]
    public ITaskItem[] Processes { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The <c>MinixBootModule</c> items: boot data modules (a file, metadata <c>Name</c>).</summary>
    public ITaskItem[] BootModules { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The <c>MinixImageReference</c> items (the Minix packages' image assemblies).</summary>
    public ITaskItem[] ImageReferences { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The project's properties named in <see cref="ImageProject.PropertyNames"/>, as <c>Name=Value</c> items.</summary>
    public ITaskItem[] Properties { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Whether to compile optimized.</summary>
    public bool Optimize { get; set; } = true;

    /// <summary>The Multiboot kernel file written (<c>qemu-system-x86_64 -kernel</c>).</summary>
    [Output]
    public string MultibootFile { get; set; } = "";

    /// <summary>The raw BIOS disk image written.</summary>
    [Output]
    public string DiskFile { get; set; } = "";

    /// <inheritdoc/>
    public override bool Execute()
    {
        try
        {
            var processes = Processes.Select(item => new ImageProject.ProcessItem(item.ItemSpec, item.GetMetadata("FullPath"), Metadata(item))).ToList();
            var properties = Properties.ToDictionary(p => p.ItemSpec, p => p.GetMetadata("Value"), StringComparer.Ordinal);
            var references = ImageReferences.Select(r => r.GetMetadata("FullPath")).ToList();
            var dataModules = BootModules.Select(item => new ImageProject.ProcessItem(item.ItemSpec, item.GetMetadata("FullPath"), Metadata(item))).ToList();
            ImageProject.Contents contents = ImageProject.Create(ProjectFile, processes, properties, references, Optimize, dataModules);
            Log.LogMessage(MessageImportance.High, $"minix: building {contents.Spec.Processes.Count} processes into {contents.OutputDirectory}");
            SystemImage image = SystemImageBuilder.Build(contents.Spec, contents.OutputDirectory, new LoggedProgress(Log));
            MultibootFile = image.MultibootFile;
            DiskFile = image.DiskFile;
            return true;
        }
        catch (Exception e) when (e is ToolchainException or LinkException or SystemConfException or IOException)
        {
            Log.LogError(null, "MINIXB020", null, ProjectFile, 0, 0, 0, 0, "the system image could not be built: " + e.Message);
            return false;
        }
    }

    internal static Dictionary<string, string> Metadata(ITaskItem item)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string name in item.MetadataNames.Cast<string>())
            metadata[name] = item.GetMetadata(name);
        return metadata;
    }

    /// <summary>Each step as a build message when it ends (MSBuild's console shows whole messages, not half lines).</summary>
    private sealed class LoggedProgress(Microsoft.Build.Utilities.TaskLoggingHelper log) : IImageBuildProgress
    {
        public void Started(ImageBuildStep step)
        {
        }

        public void Finished(ImageBuildStep step, TimeSpan elapsed, bool upToDate) =>
            log.LogMessage(MessageImportance.High, $"minix:   {step} ... {ImageBuildProgressWriter.Describe(elapsed, upToDate)}");

        public void Failed(ImageBuildStep step, TimeSpan elapsed) =>
            log.LogMessage(MessageImportance.High, $"minix:   {step} ... failed after {ImageBuildProgressWriter.Describe(elapsed, upToDate: false)}");
    }
}
