using System.Globalization;
using Minix.Build.Imaging;

namespace Minix.Bench.Guest;

/// <summary>
/// <c>Minix.Bench.Guest boot [boots] [image project]</c>: the full sample system (samples/Image by default) from
/// power-on to every service up and to the shell's prompt, per stage (<see cref="BootStages"/>). Each round boots
/// it under TCG with <c>-icount shift=0,sleep=off</c> (stamps are guest instructions, as in the other guest
/// benchmarks) and without (the host's wall time per stage is the TCG figure), and prints the medians.
/// </summary>
public static class BootBench
{
    /// <summary>The stages of the system's services: "all services up" is the last of them.</summary>
    private static readonly string[] ServiceStages = ["RS supervising", "PM managing", "TTY ready", "printer ready", "serial ready", "ata ready", "ramdisk ready", "rtc ready", "MFS mounted the RAM disk", "VFS root mounted"];

    /// <summary>Runs the benchmark.</summary>
    /// <param name="args">Optionally the boots per mode (default 3) and the image project.</param>
    /// <param name="root">The repository root.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, string root)
    {
        int boots = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        string project = Path.Combine(root, args.Length > 1 ? args[1] : Path.Combine("samples", "Image", "Image.csproj"));
        Console.Error.WriteLine($"building {project}");
        ImageProject.Contents contents = ImageProject.Read(project);
        SystemImage image = SystemImageBuilder.Build(contents.Spec, contents.OutputDirectory);

        var modes = new (string Name, string[] Qemu)[] { ("icount", ["-icount", "shift=0,sleep=off"]), ("tcg", []) };
        var runs = modes.ToDictionary(m => m.Name, _ => new List<IReadOnlyList<BootStage>>());
        for (int boot = 0; boot < boots; boot++)
        {
            foreach (var (name, qemu) in modes)
            {
                IReadOnlyList<BootStage>? stages = BootStages.Measure(image.MultibootFile, contents.Spec.CommandLine, [.. contents.QemuArguments, .. qemu], TimeSpan.FromMinutes(2), out string output);
                if (stages is null)
                {
                    Console.Error.WriteLine($"boot {boot + 1} ({name}) did not reach the prompt; it printed:\n{output}");
                    return 1;
                }

                runs[name].Add(stages);
                Console.Error.WriteLine($"boot {boot + 1}, {name}: {stages[^1].HostMilliseconds:F0} ms");
            }
        }

        static double Median(IEnumerable<double> values)
        {
            double[] sorted = [.. values.Order()];
            return sorted[sorted.Length / 2];
        }

        double? Figure(string mode, string stage, Func<BootStage, double?> value)
        {
            double[] found = [.. runs[mode].Select(r => r.FirstOrDefault(s => s.Name == stage)).Select(s => s is null ? null : value(s)).OfType<double>()];
            return found.Length == 0 ? null : Median(found);
        }

        static string Cell(double? value, string format) => value is null ? "not stamped" : value.Value.ToString(format, CultureInfo.InvariantCulture);

        Console.WriteLine($"Boot of {Path.GetFileNameWithoutExtension(Path.GetDirectoryName(project))} per stage, {boots} boots per mode, medians.");
        Console.WriteLine();
        Console.WriteLine("| stage | console marker | instructions from power-on (icount) | TCG time from QEMU's start (ms) |");
        Console.WriteLine("|---|---|---:|---:|");
        foreach (BootStage stage in runs["tcg"][0])
        {
            Console.WriteLine($"| {stage.Name} | `{stage.Marker.Replace("|", "/")}` | {Cell(Figure("icount", stage.Name, s => s.Stamp), "N0")} | {Cell(Figure("tcg", stage.Name, s => s.HostMilliseconds), "F0")} |");
        }

        double? Up(string mode, Func<BootStage, double?> value) =>
            Median(runs[mode].Select(r => r.Where(s => ServiceStages.Contains(s.Name)).Select(value).OfType<double>().DefaultIfEmpty(double.NaN).Max()));
        Console.WriteLine($"| **all services up** (the last of the services' lines) | | {Cell(Up("icount", s => s.Stamp), "N0")} | {Cell(Up("tcg", s => s.HostMilliseconds), "F0")} |");
        Console.WriteLine($"| **shell prompt** | `# ` | at most {Cell(Figure("icount", "halt typed ahead, read at the prompt", s => s.Stamp), "N0")} | {Cell(Figure("tcg", "shell prompt on the console", s => s.HostMilliseconds), "F0")} |");
        double? kernel = Figure("tcg", "kernel starting (first console line)", s => s.HostMilliseconds);
        double? prompt = Figure("tcg", "shell prompt on the console", s => s.HostMilliseconds);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"TCG: {prompt:F0} ms from QEMU's start to the prompt, {prompt - kernel:F0} ms of it after the kernel's first line; goal under 1 s: {(prompt < 1000 ? "holds" : "does not hold")}."));
        return 0;
    }
}
