using System.CommandLine;
using Minix.Build.Imaging;
using Minix.Build.Linking;
using Minix.Build.Pipeline;
using Minix.Kernel.Configuration;

namespace Minix.Tool;

/// <summary><c>minix image &lt;image project&gt;</c>: builds a bootable system image.</summary>
public static class ImageCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var project = ToolOptions.ImageProject();
        var debug = ToolOptions.Debug();
        var placed = ToolOptions.KernelPlaced();
        var command = new Command("image", "Build a bootable system image (Multiboot kernel file and raw BIOS disk).") { project, debug, placed };
        command.SetAction(parse =>
        {
            var result = Build(parse.GetValue(project)!, !parse.GetValue(debug), Console.Error, parse.GetValue(placed));
            if (result is null)
                return 1;
            Console.Out.WriteLine(result.Value.Image.MultibootFile);
            Console.Out.WriteLine(result.Value.Image.DiskFile);
            return 0;
        });
        return command;
    }

    /// <summary>
    /// Builds an image project, reporting each step (restore, compile, ILC, link) with its time and any failure on
    /// <paramref name="errors"/>.
    /// </summary>
    /// <param name="projectOrFolder">The project.</param>
    /// <param name="optimize">Whether to optimize.</param>
    /// <param name="errors">Where progress and errors go.</param>
    /// <param name="kernelPlaced">Drivers to place in the kernel, or null for the project's choice.</param>
    /// <returns>The image and the project's contents, or null after an error.</returns>
    public static (SystemImage Image, ImageProject.Contents Contents)? Build(string projectOrFolder, bool optimize, TextWriter errors, string? kernelPlaced = null)
    {
        var progress = new ImageBuildProgressWriter(errors);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            string project = ResolveProject(projectOrFolder);
            errors.WriteLine($"minix: reading {project}");
            ImageProject.Contents contents = ImageProject.Read(project, optimize, kernelPlaced, progress);
            errors.WriteLine($"minix: building {contents.Spec.Processes.Count} processes into {contents.OutputDirectory}");
            SystemImage image = SystemImageBuilder.Build(contents.Spec, contents.OutputDirectory, progress);
            errors.WriteLine($"minix: {(image.Linked ? "built" : "nothing changed")} in {ImageBuildProgressWriter.Describe(clock.Elapsed, upToDate: false)}");
            return (image, contents);
        }
        catch (Exception e) when (e is ToolchainException or LinkException or SystemConfException or IOException or UnauthorizedAccessException)
        {
            errors.WriteLine(e.Message);
            return null;
        }
    }

    private static string ResolveProject(string path)
    {
        if (File.Exists(path))
            return Path.GetFullPath(path);
        if (Directory.Exists(path))
        {
            var projects = Directory.GetFiles(path, "*.csproj");
            if (projects.Length == 1)
                return Path.GetFullPath(projects[0]);
            throw new FileNotFoundException($"{path} holds {projects.Length} project files; name one");
        }

        throw new FileNotFoundException($"{path}: no such image project");
    }
}
