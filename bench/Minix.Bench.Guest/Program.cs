using System.Globalization;
using Minix.Build.Imaging;
using Minix.Build.Qemu;
using Minix.Bench.Guest;

// Usage: Minix.Bench.Guest [rounds] [icount|tcg|kvm|both|all]. Builds the guest benchmark image once, boots it
// `rounds` times per mode (GuestMode), alternating modes, and prints medians and ratios as Markdown.
// Minix.Bench.Guest trace [functions]: one SENDREC round trip, NOTIFY and null kernel call single-stepped, with the
// instructions per function (IpcTrace).
// Minix.Bench.Guest fs [MiB] [IDE-MiB] [IDE-largest-MiB] [block sizes]: the file system's sequential throughput per transfer
// unit and block size on the RAM disk and the IDE disk (FileSystemBench).
// Minix.Bench.Guest proc [boots]: a null PM call, fork+exit+wait and fork+exec+exit+wait (ProcessBench).
// Minix.Bench.Guest place [boots] [ram|ide|both] [IDE-MiB]: the RAM disk and the IDE disk driver under MFS in user mode
// and placed in the kernel (PlacementBench).
// Minix.Bench.Guest boot [boots] [image project]: the full system's boot per stage, to the shell's prompt (BootBench).
if (args.Length > 0 && args[0] == "fs")
    return FileSystemBench.Run(args[1..], RepoRoot());
if (args.Length > 0 && args[0] == "boot")
    return BootBench.Run(args[1..], RepoRoot());
if (args.Length > 0 && args[0] == "place")
    return PlacementBench.Run(args[1..], RepoRoot());
if (args.Length > 0 && args[0] == "proc")
    return ProcessBench.Run(args[1..], RepoRoot());
bool trace = args.Length > 0 && args[0] == "trace";
int rounds = args.Length > 0 && !trace ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
IReadOnlyList<GuestMode>? modes = GuestMode.Parse(args.Length > 1 && !trace ? args[1] : "all");
if (modes is null)
{
    Console.Error.WriteLine($"Minix.Bench.Guest: unknown mode '{args[1]}': use icount, tcg, kvm, both (tcg and kvm) or all");
    return 2;
}

string project = Path.Combine(RepoRoot(), "bench", "Minix.Bench.Guest", "Image", "Image.csproj");
Console.Error.WriteLine($"building {project}");
ImageProject.Contents contents = ImageProject.Read(project);
SystemImage image = SystemImageBuilder.Build(contents.Spec, contents.OutputDirectory);
if (trace)
    return IpcTrace.Run(image, contents.OutputDirectory, contents.QemuArguments, args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 25);

var results = modes.ToDictionary(m => m, _ => new List<GuestResults>());
var unusable = new Dictionary<GuestMode, string>();
for (int round = 0; round < rounds; round++)
{
    foreach (GuestMode mode in modes.Where(m => !unusable.ContainsKey(m)))
    {
        if (mode.Accel == QemuAccel.Kvm && !QemuLauncher.KvmUsable())
        {
            unusable[mode] = "/dev/kvm cannot be opened";
            continue;
        }

        QemuRun run = QemuLauncher.Boot(image.MultibootFile, rawDisk: false, TimeSpan.FromSeconds(300), mode.Accel, [.. contents.QemuArguments, .. mode.Arguments]);
        if (run.KvmFailure is not null)
        {
            unusable[mode] = run.KvmFailure;
            continue;
        }

        GuestResults? figures = GuestResults.Parse(run.Output, out var missing);
        if (figures is null)
        {
            Console.Error.WriteLine($"{mode.Name} boot {round + 1} did not report {string.Join(", ", missing)}; it printed:\n{run.Output}");
            return 1;
        }

        results[mode].Add(figures);
        Console.Error.WriteLine($"{mode.Name} boot {round + 1}: {run.Elapsed.TotalSeconds:F1} s");
    }
}

Console.WriteLine($"Guest benchmark, {rounds} boots per mode, medians per operation (icount: guest instructions; tcg: emulated time-stamp counter ticks; kvm: cycles).");
Console.WriteLine();
Console.WriteLine("| mode | unit | IPC round trip | NOTIFY | null kernel call | IPC / null call | RAM disk user | RAM disk kernel | user / kernel | serial user | serial kernel | user / kernel |");
Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (GuestMode mode in modes)
{
    if (unusable.TryGetValue(mode, out string? why))
    {
        Console.WriteLine($"| {mode.Name} | not usable here: {why.Replace("|", "/")} |||||||||||");
        continue;
    }

    List<GuestResults> runs = results[mode];
    double Median(Func<GuestResults, double> f) => runs.Select(f).Order().ElementAt(runs.Count / 2);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {mode.Name} | {mode.Unit} | {Median(r => r["ipc-round-trip-cycles"]):F0} | {Median(r => r["notify-cycles"]):F0} | {Median(r => r["null-kernel-call-cycles"]):F0} | " +
        $"{Median(r => (double)r["ipc-round-trip-cycles"] / r["null-kernel-call-cycles"]):F1} | " +
        $"{Median(r => r["ramdisk-user-cycles"]):F0} | {Median(r => r["ramdisk-kernel-cycles"]):F0} | " +
        $"{Median(r => (double)r["ramdisk-user-cycles"] / r["ramdisk-kernel-cycles"]):F2} | " +
        $"{Median(r => r["serial-user-cycles"]):F0} | {Median(r => r["serial-kernel-cycles"]):F0} | " +
        $"{Median(r => (double)r["serial-user-cycles"] / r["serial-kernel-cycles"]):F2} |"));
}

Console.WriteLine();
Console.WriteLine("Boot, from power-on to every service of this image up (the last driver published in DS), medians:");
Console.WriteLine();
Console.WriteLine("| mode | time-stamp counter | unit | guest time (clock ticks) |");
Console.WriteLine("|---|---:|---|---:|");
foreach (GuestMode mode in modes.Where(m => !unusable.ContainsKey(m)))
{
    List<GuestResults> runs = results[mode];
    double Median(Func<GuestResults, double> f) => runs.Select(f).Order().ElementAt(runs.Count / 2);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {mode.Name} | {Median(r => r["services-up-cycles"]):F0} | {mode.Unit} | {Median(r => r["services-up-ticks"]) * 10:F0} ms |"));
}

Console.WriteLine();
GuestResults? any = results.Values.SelectMany(r => r).FirstOrDefault();
if (any is not null)
    Console.WriteLine($"Workloads: {any["ramdisk-kib"]} KiB written and read back through the RAM disk in 4 KiB blocks; {any["serial-bytes"]} bytes through the serial driver in loopback, 16 at a time.");
return 0;

static string RepoRoot()
{
    for (string? dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
    {
        if (File.Exists(Path.Combine(dir, "Minix.slnx")))
            return dir;
    }

    throw new DirectoryNotFoundException("run the guest benchmark from inside the Minix# repository");
}
