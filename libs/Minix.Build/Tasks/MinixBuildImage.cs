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
