using System.Globalization;
using Minix.Build.Imaging;
using Minix.Build.Qemu;
using Minix.Bench.Guest;

// Usage: Minix.Bench.Guest [rounds] [tcg|kvm|both]. Builds the guest benchmark image once, boots it `rounds` times
// per accelerator, alternating accelerators, and prints medians and ratios as Markdown.
// Minix.Bench.Guest fs [MiB] [IDE-MiB] [IDE-largest-MiB] [block sizes]: the file system's sequential throughput per transfer
// unit and block size on the RAM disk and the IDE disk (FileSystemBench).
// Minix.Bench.Guest proc [boots]: a null PM call, fork+exit+wait and fork+exec+exit+wait (ProcessBench).
if (args.Length > 0 && args[0] == "fs")
    return FileSystemBench.Run(args[1..], RepoRoot());
if (args.Length > 0 && args[0] == "proc")
    return ProcessBench.Run(args[1..], RepoRoot());
int rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
string which = args.Length > 1 ? args[1] : "both";
string project = Path.Combine(RepoRoot(), "bench", "Minix.Bench.Guest", "Image", "Image.csproj");

Console.Error.WriteLine($"building {project}");
ImageProject.Contents contents = ImageProject.Read(project);
SystemImage image = SystemImageBuilder.Build(contents.Spec, contents.OutputDirectory);

var accels = new List<QemuAccel>();
if (which is "tcg" or "both")
    accels.Add(QemuAccel.Tcg);
if (which is "kvm" or "both")
    accels.Add(QemuAccel.Kvm);

var results = accels.ToDictionary(a => a, _ => new List<GuestResults>());
var unusable = new Dictionary<QemuAccel, string>();
for (int round = 0; round < rounds; round++)
{
    foreach (QemuAccel accel in accels.Where(a => !unusable.ContainsKey(a)))
    {
        if (accel == QemuAccel.Kvm && !QemuLauncher.KvmUsable())
        {
            unusable[accel] = "/dev/kvm cannot be opened";
            continue;
        }

        QemuRun run = QemuLauncher.Boot(image.MultibootFile, rawDisk: false, TimeSpan.FromSeconds(300), accel, contents.QemuArguments);
        if (run.KvmFailure is not null)
        {
            unusable[accel] = run.KvmFailure;
            continue;
        }

        GuestResults? figures = GuestResults.Parse(run.Output, out var missing);
        if (figures is null)
        {
            Console.Error.WriteLine($"{accel} boot {round + 1} did not report {string.Join(", ", missing)}; it printed:\n{run.Output}");
            return 1;
        }

        results[accel].Add(figures);
        Console.Error.WriteLine($"{accel} boot {round + 1}: {run.Elapsed.TotalSeconds:F1} s");
    }
}

Console.WriteLine($"Guest benchmark, {rounds} boots per accelerator, medians (time-stamp counter ticks).");
Console.WriteLine();
Console.WriteLine("| accelerator | IPC round trip | null kernel call | IPC / null call | RAM disk user | RAM disk kernel | user / kernel | serial user | serial kernel | user / kernel |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (QemuAccel accel in accels)
{
    if (unusable.TryGetValue(accel, out string? why))
    {
        Console.WriteLine($"| {accel} | not usable here: {why.Replace("|", "/")} |||||||||");
        continue;
    }

    List<GuestResults> runs = results[accel];
    double Median(Func<GuestResults, double> f) => runs.Select(f).Order().ElementAt(runs.Count / 2);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {accel} | {Median(r => r["ipc-round-trip-cycles"]):F0} | {Median(r => r["null-kernel-call-cycles"]):F0} | " +
        $"{Median(r => (double)r["ipc-round-trip-cycles"] / r["null-kernel-call-cycles"]):F1} | " +
        $"{Median(r => r["ramdisk-user-cycles"]):F0} | {Median(r => r["ramdisk-kernel-cycles"]):F0} | " +
        $"{Median(r => (double)r["ramdisk-user-cycles"] / r["ramdisk-kernel-cycles"]):F2} | " +
        $"{Median(r => r["serial-user-cycles"]):F0} | {Median(r => r["serial-kernel-cycles"]):F0} | " +
        $"{Median(r => (double)r["serial-user-cycles"] / r["serial-kernel-cycles"]):F2} |"));
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
