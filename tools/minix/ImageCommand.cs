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
        var project = ProjectArgument();
        var debug = new Option<bool>("--debug") { Description = "Build unoptimized." };
        var placed = KernelPlacedOption();
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

    /// <summary>The image-project argument (a .csproj or a folder holding exactly one).</summary>
    /// <returns>The argument.</returns>
    public static Argument<string> ProjectArgument() => new("project") { Description = "The image project (.csproj, or a folder with one)." };

    /// <summary>The option that puts drivers in the kernel.</summary>
    /// <returns>The option.</returns>
    public static Option<string?> KernelPlacedOption() => new("--kernel-placed") { Description = "Drivers to place in the kernel (MINIX 2 style), names separated by ';' (overrides MinixKernelPlaced)." };

    /// <summary>Builds an image project, reporting failures on <paramref name="errors"/>.</summary>
    /// <param name="projectOrFolder">The project.</param>
    /// <param name="optimize">Whether to optimize.</param>
    /// <param name="errors">Where errors go.</param>
    /// <param name="kernelPlaced">Drivers to place in the kernel, or null for the project's choice.</param>
    /// <returns>The image and the project's contents, or null after an error.</returns>
    public static (SystemImage Image, ImageProject.Contents Contents)? Build(string projectOrFolder, bool optimize, TextWriter errors, string? kernelPlaced = null)
    {
        try
        {
            string project = ResolveProject(projectOrFolder);
            ImageProject.Contents contents = ImageProject.Read(project, optimize, kernelPlaced);
            errors.WriteLine($"minix: building {project} ({contents.Spec.Processes.Count} processes) into {contents.OutputDirectory}");
            return (SystemImageBuilder.Build(contents.Spec, contents.OutputDirectory), contents);
        }
        catch (Exception e) when (e is ToolchainException or LinkException or SystemConfException or FileNotFoundException)
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
