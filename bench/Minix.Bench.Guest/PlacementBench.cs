using System.Globalization;
using Minix.Build.Imaging;
using Minix.Build.Qemu;

namespace Minix.Bench.Guest;

/// <summary>
/// <c>Minix.Bench.Guest place [boots]</c>: the RAM disk driver under the file system in user mode against placed in
/// the kernel. It builds DiskPlacement/ twice, the same image but for <c>MinixKernelPlaced=ramdisk</c>, and boots each
/// under TCG with <c>-icount shift=0,sleep=off</c> (guest instructions) and without (TCG ticks), alternating; the
/// guest runs the same workloads in both (placebench: a null PM call, 1-byte writes and reads, a 64 MiB file written
/// and read sequentially, 4 KiB random reads and writes, and cp, sort, wc and grep from /etc/rc). Prints the medians
/// and the user / kernel ratio per workload.
/// </summary>
public static class PlacementBench
{
    private static readonly (string Figure, string Name)[] Workloads =
    [
        ("place-getpid", "null PM call (getpid), per call"),
        ("place-write1", "1-byte write, per call"),
        ("place-read1", "1-byte read, per call"),
        ("place-seq-write", "64 MiB written sequentially (64 KiB writes) and synced"),
        ("place-seq-read", "64 MiB read sequentially (64 KiB reads)"),
        ("place-random-read", "4 KiB read at a random offset, per call"),
        ("place-random-write", "4 KiB write at a random offset, per call (1,000 and a sync)"),
        ("mix", "cp, sort, wc, grep over a 10,000-line file (from the shell's /etc/rc)"),
    ];

    /// <summary>Runs the benchmark.</summary>
    /// <param name="args">Optionally the boots per placement and mode (default 1).</param>
    /// <param name="root">The repository root.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, string root)
    {
        int boots = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1;
        string project = Path.Combine(root, "bench", "Minix.Bench.Guest", "DiskPlacement", "Image.csproj");
        var images = new Dictionary<string, (SystemImage Image, ImageProject.Contents Contents)>();
        foreach (string placement in new[] { "user", "kernel" })
        {
            Console.Error.WriteLine($"building {project} with the RAM disk in {placement} mode");
            ImageProject.Contents contents = ImageProject.Read(project, kernelPlaced: placement == "kernel" ? "ramdisk" : "");
            images[placement] = (SystemImageBuilder.Build(contents.Spec, Path.Combine(contents.OutputDirectory, "place-" + placement)), contents);
        }

        var modes = new (string Name, string[] Qemu)[] { ("instructions (icount)", ["-icount", "shift=0,sleep=off"]), ("TCG ticks", []) };
        var results = new Dictionary<(string Placement, string Mode), List<Dictionary<string, long>>>();
        for (int boot = 0; boot < boots; boot++)
        {
            foreach (var (mode, qemu) in modes)
            {
                foreach (var (placement, (image, contents)) in images)
                {
                    QemuRun run = QemuLauncher.Boot(image.MultibootFile, rawDisk: false, TimeSpan.FromMinutes(20), QemuAccel.Tcg, [.. contents.QemuArguments, "-m", "512", .. qemu]);
                    Dictionary<string, long> values = GuestResults.Values(run.Output);
                    string[] missing = [.. Workloads.Select(w => w.Figure).Where(f => f != "mix").Append("mark-mix-end").Append("mark-done").Where(f => !values.ContainsKey(f))];
                    if (missing.Length > 0)
                    {
                        Console.Error.WriteLine($"{placement}, {mode}: did not report {string.Join(", ", missing)}; it printed:\n{run.Output}");
                        return 1;
                    }

                    values["mix"] = values["mark-mix-end"] - values["mark-mix-start"];
                    if (!results.TryGetValue((placement, mode), out var list))
                        results[(placement, mode)] = list = [];
                    list.Add(values);
                    Console.Error.WriteLine($"boot {boot + 1}, RAM disk in {placement} mode, {mode}: {run.Elapsed.TotalSeconds:F1} s");
                }
            }
        }

        double Median(string placement, string mode, string figure)
        {
            double[] sorted = [.. results[(placement, mode)].Select(v => (double)v[figure]).Order()];
            return sorted[sorted.Length / 2];
        }

        Console.WriteLine($"The RAM disk under MFS in user mode and placed in the kernel, the same image and workloads, {boots} boot(s) per placement and mode, medians.");
        Console.WriteLine();
        Console.WriteLine("| workload | user (instructions) | kernel (instructions) | user / kernel (instructions) | user (TCG ticks) | kernel (TCG ticks) | user / kernel (TCG) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (figure, name) in Workloads)
        {
            double ui = Median("user", modes[0].Name, figure), ki = Median("kernel", modes[0].Name, figure);
            double ut = Median("user", modes[1].Name, figure), kt = Median("kernel", modes[1].Name, figure);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {ui:N0} | {ki:N0} | {ui / ki:F3} | {ut:N0} | {kt:N0} | {ut / kt:F2} |"));
        }

        return 0;
    }
}
