using System.CommandLine;
using Minix.Build.Linking;
using Minix.Build.Stats;

namespace Minix.Tool;

/// <summary><c>minix stats</c>: the kernel's size in lines and, given an image project, its section sizes.</summary>
public static class StatsCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var kernel = new Option<string>("--kernel") { Description = "The kernel project folder (default: libs/Minix.Kernel under the current folder)." };
        var files = new Option<bool>("--files") { Description = "Also list the lines of each file." };
        var project = new Argument<string?>("project") { Description = "An image project: also print its section sizes.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("stats", "Print the kernel's size (kernel lines: N) and an image's section sizes.") { kernel, files, project };
        command.SetAction(parse =>
        {
            string folder = parse.GetValue(kernel) ?? Path.Combine("libs", "Minix.Kernel");
            IReadOnlyList<(string File, int Lines)> perFile;
            int total;
            try
            {
                (perFile, total) = KernelSourceStats.Count(folder);
            }
            catch (DirectoryNotFoundException e)
            {
                Console.Error.WriteLine($"minix stats: {e.Message} (run it in the repository's root folder, or name the kernel's folder with --kernel)");
                return 1;
            }

            if (parse.GetValue(files))
            {
                foreach (var (file, lines) in perFile)
                    Console.Out.WriteLine($"{lines,6} {file}");
            }

            Console.Out.WriteLine($"kernel lines: {total}");
            if (parse.GetValue(project) is not string image)
                return 0;
            var built = ImageCommand.Build(image, optimize: true, Console.Error);
            if (built is null)
                return 1;
            Print("kernel", built.Value.Image.Kernel);
            foreach (var (name, linked) in built.Value.Image.Modules)
                Print(name, linked);
            return 0;
        });
        return command;
    }

    private static void Print(string name, LinkedImage image)
    {
        foreach (LoadSegment segment in image.Segments)
            Console.Out.WriteLine($"{name,-10} {segment.Name,-8} 0x{segment.VirtualAddress:x16} {segment.Data.Length,9} bytes in file, {segment.MemorySize,9} in memory");
    }
}
