using Microsoft.Build.Framework;
using Minix.Build.Imaging;
using Minix.Build.Linking;
using Minix.Build.Pipeline;
using Minix.Kernel.Configuration;

namespace Minix.Build.Tasks;

/// <summary>
/// MSBuild task behind the MinixSystemImage target: builds the system image an image project describes (its
/// <c>MinixProcess</c> items and <c>Minix*</c> properties, see <see cref="ImageProject"/>) with
/// <see cref="SystemImageBuilder"/>, so that <c>dotnet build</c> of an image project yields the Multiboot kernel file
/// and the raw BIOS disk image.
/// </summary>
public sealed class MinixBuildImage : ImageProjectTask
{
    /// <summary>Creates the task (MSBuild sets its inputs).</summary>
    public MinixBuildImage()
    {
    }

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
            ImageProject.Contents contents = ReadProject();
            Log.LogMessage(MessageImportance.High, $"minix: building {contents.Spec.Processes.Count} processes into {contents.OutputDirectory}");
            SystemImage image = SystemImageBuilder.Build(contents.Spec, contents.OutputDirectory, new ImageBuildProgressWriter(line => Log.LogMessage(MessageImportance.High, line)));
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
}
