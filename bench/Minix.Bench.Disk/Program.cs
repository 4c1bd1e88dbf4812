using System.Globalization;
using Minix.Build.Imaging;
using Minix.Build.Qemu;

// Usage: Minix.Bench.Disk [rounds] [ramdisk-bytes] [ide-bytes]. Builds the disk image once, boots it `rounds` times
// under TCG with -icount shift=0 and prints the medians of raw sequential throughput per transfer unit as Markdown.
int rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
long ramBytes = args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : 16L << 20;
long ideBytes = args.Length > 2 ? long.Parse(args[2], CultureInfo.InvariantCulture) : 2L << 20;
if (ramBytes < 1 << 20 || ideBytes < 1 << 20)
{
    Console.Error.WriteLine("Minix.Bench.Disk: each device needs at least 1 MiB (1048576 bytes), the largest transfer unit");
    return 2;
}

string folder = Path.Combine(RepoRoot(), "bench", "Minix.Bench.Disk", "Image");

string module = Path.Combine(folder, "obj", "disks", "ramdisk.img");
Directory.CreateDirectory(Path.GetDirectoryName(module)!);
using (var file = new FileStream(module, FileMode.Create))
    file.SetLength(ramBytes);
string ide = Path.Combine(folder, "obj", "disks", "ide.img");
using (var file = new FileStream(ide, FileMode.Create))
    file.SetLength(Math.Max(ideBytes, 1 << 20));

Console.Error.WriteLine($"building {folder}");
ImageProject.Contents contents = ImageProject.Read(Path.Combine(folder, "Image.csproj"));
SystemImage image = SystemImageBuilder.Build(contents.Spec, contents.OutputDirectory);

string line = $"console=com1 halt.after=blockbench blockbench.ramdisk={ramBytes} blockbench.ata={ideBytes}";
var runs = new List<Dictionary<string, double>>();
for (int round = 0; round < rounds; round++)
{
    QemuRun run = QemuLauncher.Boot(image.MultibootFile, rawDisk: false, TimeSpan.FromMinutes(20), QemuAccel.Tcg,
        ["-icount", "shift=0", "-append", line], drives: [ide]);
    var figures = Parse(run.Output);
    if (run.GuestStatus != 0 || !figures.ContainsKey("clock"))
    {
        Console.Error.WriteLine($"boot {round + 1} failed (status {run.GuestStatus?.ToString() ?? "none"}); it printed:\n{run.Output}");
        return 1;
    }

    runs.Add(figures);
    Console.Error.WriteLine($"boot {round + 1}: {run.Elapsed.TotalSeconds:F0} s");
}

double Median(string key) => runs.Select(r => r[key]).Order().ElementAt(runs.Count / 2);
double cyclesPerSecond = Median("clock");
double MiBs(string device, string op, int unit, long bytes) => bytes / (Median($"{device} {op} {unit}") / cyclesPerSecond) / (1 << 20);

Console.WriteLine($"Raw block-device throughput, MiB/s of guest time (TCG, -icount shift=0), median of {rounds} boots;");
Console.WriteLine($"sequential requests of one unit each over the first {ramBytes >> 20} MiB (RAM disk) and {ideBytes >> 20} MiB (IDE) of minor 0.");
Console.WriteLine();
Console.WriteLine("| unit | RAM disk write | RAM disk read | IDE write | IDE read | RAM disk / IDE (read) |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
for (int unit = 1024; unit <= 1 << 20; unit *= 2)
{
    double ramWrite = MiBs("ramdisk", "write", unit, ramBytes), ramRead = MiBs("ramdisk", "read", unit, ramBytes);
    double ideWrite = MiBs("ata", "write", unit, ideBytes), ideRead = MiBs("ata", "read", unit, ideBytes);
    string size = unit >= 1 << 20 ? $"{unit >> 20} MiB" : $"{unit >> 10} KiB";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {size} | {ramWrite:F1} | {ramRead:F1} | {ideWrite:F2} | {ideRead:F2} | {ramRead / ideRead:F0} |"));
}

return 0;

// "log: bench: ramdisk write 1024 16777216 123456" -> "ramdisk write 1024" = cycles; "bench: clock T C HZ" -> cycles per second.
static Dictionary<string, double> Parse(string output)
{
    var figures = new Dictionary<string, double>(StringComparer.Ordinal);
    foreach (string raw in output.Split('\n'))
    {
        int at = raw.IndexOf("bench: ", StringComparison.Ordinal);
        if (at < 0)
            continue;
        string[] words = raw[(at + 7)..].Trim().Split(' ');
        if (words.Length == 4 && words[0] == "clock")
            figures["clock"] = double.Parse(words[2], CultureInfo.InvariantCulture) / (double.Parse(words[1], CultureInfo.InvariantCulture) / double.Parse(words[3], CultureInfo.InvariantCulture));
        else if (words.Length == 5)
            figures[$"{words[0]} {words[1]} {words[2]}"] = double.Parse(words[4], CultureInfo.InvariantCulture);
    }

    return figures;
}

static string RepoRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Minix.slnx")))
            return dir.FullName;
    }

    throw new InvalidOperationException("cannot find the repository root (Minix.slnx)");
}
