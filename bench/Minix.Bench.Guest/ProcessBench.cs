using System.Globalization;
using Minix.Build.Imaging;
using Minix.Build.Qemu;

namespace Minix.Bench.Guest;

/// <summary>
/// <c>Minix.Bench.Guest proc [boots]</c>: what a process costs through the process manager (procbench in Processes/):
/// a null PM call, fork+exit+wait and fork+exec+exit+wait of a small program. Each round boots the image twice under
/// TCG, once with <c>-icount shift=0</c> (the time-stamp counter then advances one tick per guest instruction, so the
/// figures are instructions and do not depend on the host) and once without (emulated time-stamp counter ticks, as
/// the IPC table has them), and prints the medians.
/// </summary>
public static class ProcessBench
{
    private static readonly string[] Figures = ["pm-null-call-cycles", "fork-exit-wait-cycles", "fork-exec-exit-wait-cycles"];

    /// <summary>Runs the benchmark.</summary>
    /// <param name="args">Optionally the number of boots per mode (default 3).</param>
    /// <param name="root">The repository root.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, string root)
    {
        int boots = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        string project = Path.Combine(root, "bench", "Minix.Bench.Guest", "Processes", "Image.csproj");
        Console.Error.WriteLine($"building {project}");
        ImageProject.Contents contents = ImageProject.Read(project);
        SystemImage image = SystemImageBuilder.Build(contents.Spec, contents.OutputDirectory);

        var modes = new (string Name, string[] Qemu)[] { ("instructions (-icount shift=0)", ["-icount", "shift=0"]), ("TCG ticks", []) };
        var results = modes.ToDictionary(m => m.Name, _ => new List<IReadOnlyDictionary<string, long>>());
        for (int boot = 0; boot < boots; boot++)
        {
            foreach (var (name, qemu) in modes)
            {
                QemuRun run = QemuLauncher.Boot(image.MultibootFile, rawDisk: false, TimeSpan.FromMinutes(10), QemuAccel.Tcg, [.. contents.QemuArguments, .. qemu]);
                IReadOnlyDictionary<string, long> values = GuestResults.Values(run.Output);
                string[] missing = [.. Figures.Where(f => !values.ContainsKey(f))];
                if (missing.Length > 0)
                {
                    Console.Error.WriteLine($"boot {boot + 1} ({name}) did not report {string.Join(", ", missing)}; it printed:\n{run.Output}");
                    return 1;
                }

                results[name].Add(values);
                Console.Error.WriteLine($"boot {boot + 1}, {name}: {run.Elapsed.TotalSeconds:F1} s");
            }
        }

        Console.WriteLine($"Processes through the process manager, {boots} boots per mode, medians per operation.");
        Console.WriteLine();
        Console.WriteLine("| unit | null PM call (getpid) | fork+exit+wait | fork+exec+exit+wait | fork+exec+exit+wait / null PM call |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, _) in modes)
        {
            List<IReadOnlyDictionary<string, long>> runs = results[name];
            double Median(string figure) => runs.Select(r => (double)r[figure]).Order().ElementAt(runs.Count / 2);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {Median(Figures[0]):F0} | {Median(Figures[1]):F0} | {Median(Figures[2]):F0} | {Median(Figures[2]) / Median(Figures[0]):F0} |"));
        }

        return 0;
    }
}
