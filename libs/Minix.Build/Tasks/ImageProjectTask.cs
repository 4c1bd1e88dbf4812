using Microsoft.Build.Framework;
using Minix.Build.Imaging;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace Minix.Build.Tasks;

/// <summary>
/// An MSBuild task that works on an image project: it is handed the project's <c>MinixProcess</c>,
/// <c>MinixBootModule</c>, <c>MinixRootFile</c>, <c>MinixEtcFile</c> and <c>MinixImageReference</c> items and its <c>Minix*</c> properties, and reads them into
/// an <see cref="ImageProject.Contents"/> the way <see cref="ImageProject.Read"/> does for the tools.
/// </summary>
public abstract class ImageProjectTask : MSBuildTask
{
    /// <summary>The image project file.</summary>
    [Required]
    public string ProjectFile { get; set; } = "";

    /// <summary>The <c>MinixProcess</c> items.</summary>
    [Required]
    public ITaskItem[] Processes { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The <c>MinixBootModule</c> items: boot data modules (a file, metadata <c>Name</c>).</summary>
    public ITaskItem[] BootModules { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The <c>MinixRootFile</c> items: host files for the root file system (metadata <c>Path</c>, <c>Mode</c>).</summary>
    public ITaskItem[] RootFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The <c>MinixEtcFile</c> items: host files for the root file system's /etc.</summary>
    public ITaskItem[] EtcFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The <c>MinixProgram</c> items: programs for /bin that are not boot processes.</summary>
    public ITaskItem[] Programs { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The <c>MinixImageReference</c> items (the Minix packages' image assemblies).</summary>
    public ITaskItem[] ImageReferences { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The project's properties named in <see cref="ImageProject.PropertyNames"/>, as <c>Name=Value</c> items.</summary>
    public ITaskItem[] Properties { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Whether the image is built optimized.</summary>
    public bool Optimize { get; set; } = true;

    /// <summary>What the project says, from the items and properties.</summary>
    /// <returns>The contents.</returns>
    /// <exception cref="Pipeline.ToolchainException">Something the image needs is missing (the message names it).</exception>
    protected ImageProject.Contents ReadProject()
    {
        var processes = Processes.Select(Item).ToList();
        var properties = Properties.ToDictionary(p => p.ItemSpec, p => p.GetMetadata("Value"), StringComparer.Ordinal);
        var references = ImageReferences.Select(r => r.GetMetadata("FullPath")).ToList();
        var rootFiles = EtcFiles.Select(Item).Select(ImageProject.EtcFile).Concat(RootFiles.Select(Item)).ToList();
        return ImageProject.Create(ProjectFile, processes, properties, references, Optimize, BootModules.Select(Item).ToList(), rootFiles, Programs.Select(Item).ToList());
    }

    private static ImageProject.ProcessItem Item(ITaskItem item)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string name in item.MetadataNames.Cast<string>())
            metadata[name] = item.GetMetadata(name);
        return new ImageProject.ProcessItem(item.ItemSpec, item.GetMetadata("FullPath"), metadata);
    }
}
