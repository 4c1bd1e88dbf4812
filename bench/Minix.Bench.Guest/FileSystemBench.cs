using System.Globalization;
using Minix.Build.Imaging;
using Minix.Build.Qemu;
using Minix.Servers.Mfs;

namespace Minix.Bench.Guest;

/// <summary>
/// <c>Minix.Bench.Guest fs [MiB] [IDE-MiB] [IDE-largest-MiB] [block sizes]</c>: sequential write and read throughput
/// through VFS and MFS for transfer units from 1 KiB to 64 MiB, once per block size (1, 2, 4 and 8 KiB, or the
/// comma-separated list given), on the RAM disk and on the IDE disk (there up to the largest unit given, since the
/// disk moves a few MiB/s under emulation). For each block size it builds the image of FileSystem/ with its root file system
/// (the RAM disk measured) at that block size, makes an empty MINIX file system of the same block size as the IDE disk
/// image, boots under TCG with <c>-icount shift=0</c> (so the figures depend on the host only where QEMU waits for
/// the disk file) with the disk attached as the first IDE disk, and prints a table per block size in MiB/s of guest time.
/// </summary>
public static class FileSystemBench
{
    private static readonly int[] AllBlockSizes = [1024, 2048, 4096, 8192];

    /// <summary>Bytes of the IDE disk: the 64 MiB file of the largest unit, its indirect blocks and room to spare.</summary>
    private const long IdeDiskBytes = 80L << 20;

    /// <summary>Runs the benchmark.</summary>
    /// <param name="args">Optionally the MiB written and read per measurement (default 8; a unit larger than that moves one
    /// unit), the same for the IDE disk (default 1), the largest unit on the IDE disk in MiB (default 64), then the block
    /// sizes in bytes separated by commas (default all four).</param>
    /// <param name="root">The repository root.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, string root)
    {
        int mebibytes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 8;
        int ideMebibytes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1;
        int ideLargest = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 64;
        int[] blockSizes = args.Length > 3 ? [.. args[3].Split(',').Select(b => int.Parse(b, CultureInfo.InvariantCulture))] : AllBlockSizes;
        string project = Path.Combine(root, "bench", "Minix.Bench.Guest", "FileSystem", "Image.csproj");
        ImageProject.Contents contents = ImageProject.Read(project);
        var results = new Dictionary<int, Dictionary<string, (double Cycles, long Bytes)>>();
        var speeds = new Dictionary<int, double>();
        var elapsed = new Dictionary<int, TimeSpan>();
        foreach (int blockSize in blockSizes)
        {
            RootFileSystemSpec rootFs = contents.Spec.RootFileSystem!;
            var spec = new SystemImageSpec
            {
                KernelProject = contents.Spec.KernelProject,
                Processes = contents.Spec.Processes,
                SystemConf = contents.Spec.SystemConf,
                CommandLine = contents.Spec.CommandLine,
                ImageReferences = contents.Spec.ImageReferences,
                IlcPath = contents.Spec.IlcPath,
                RootFileSystem = new RootFileSystemSpec { BlockSize = blockSize, Size = rootFs.Size, Inodes = rootFs.Inodes, Files = rootFs.Files },
            };
            Console.Error.WriteLine($"building the image with a root file system of {blockSize}-byte blocks");
            string output = Path.Combine(contents.OutputDirectory, "fsbench-" + blockSize);
            SystemImage image = SystemImageBuilder.Build(spec, output);
            string ide = Path.Combine(output, "ide.img");
            new DiskImageBuilder { BlockSize = blockSize, Size = IdeDiskBytes, Inodes = 64 }.WriteTo(ide);

            string[] qemu = ["-m", "512", "-icount", "shift=0", "-append", $"{spec.CommandLine} fsbench.mib={mebibytes} fsbench.mount=/dev/c0d0 fsbench.idemib={ideMebibytes} fsbench.idemax={ideLargest}"];
            var clock = System.Diagnostics.Stopwatch.StartNew();
            QemuRun run = QemuLauncher.Boot(image.MultibootFile, rawDisk: false, TimeSpan.FromMinutes(30), QemuAccel.Tcg, qemu, drives: [ide],
                echo: line =>
                {
                    if (line.Contains("bench: ", StringComparison.Ordinal))
                        Console.Error.WriteLine($"  {clock.Elapsed.TotalSeconds,6:F0} s  {line.Trim()}");
                });
            var figures = Parse(run.Output);
            if (!figures.TryGetValue("fs-end-cycles", out var end) || !figures.TryGetValue("fs-hz", out var hz) || figures.GetValueOrDefault("fs-mount").Cycles != 0)
            {
                Console.Error.WriteLine($"the boot with {blockSize}-byte blocks did not finish; it printed:\n{run.Output}");
                return 1;
            }

            double seconds = (figures["fs-end-ticks"].Cycles - figures["fs-start-ticks"].Cycles) / hz.Cycles;
            speeds[blockSize] = (end.Cycles - figures["fs-start-cycles"].Cycles) / seconds;
            results[blockSize] = figures;
            elapsed[blockSize] = run.Elapsed;
            Console.Error.WriteLine($"  {run.Elapsed.TotalSeconds:F0} s");
        }

        Console.WriteLine($"Sequential throughput through VFS and MFS, MiB/s of guest time (TCG, -icount shift=0); {mebibytes} MiB (RAM disk) and {ideMebibytes} MiB (IDE disk, units up to {ideLargest} MiB) written, synced and read per measurement, or one unit where that is larger.");
        foreach (int blockSize in blockSizes)
        {
            double Rate(string key)
            {
                var (cycles, bytes) = results[blockSize][key];
                return bytes / (cycles / speeds[blockSize]) / (1 << 20);
            }

            Console.WriteLine();
            Console.WriteLine($"{blockSize / 1024} KiB blocks (boot took {elapsed[blockSize].TotalSeconds:F0} s of wall time):");
            Console.WriteLine();
            Console.WriteLine("| transfer unit | RAM disk write | RAM disk read | IDE write | IDE read | RAM disk / IDE (read) |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
            for (int unit = 1 << 10; unit <= 64 << 20; unit <<= 1)
            {
                double ramWrite = Rate($"fs-ram-write-{unit}"), ramRead = Rate($"fs-ram-read-{unit}");
                string ide = results[blockSize].ContainsKey($"fs-ide-read-{unit}")
                    ? string.Create(CultureInfo.InvariantCulture, $"{Rate($"fs-ide-write-{unit}"):F2} | {Rate($"fs-ide-read-{unit}"):F2} | {ramRead / Rate($"fs-ide-read-{unit}"):F0}")
                    : "not measured | not measured | ";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {Unit(unit)} | {ramWrite:F1} | {ramRead:F1} | {ide} |"));
            }
        }

        if (results.ContainsKey(1024) && results.ContainsKey(8192))
            PrintBlockSizeRatios(root, results, speeds);
        return 0;
    }

    /// <summary>
    /// The paper's Fig. 3: write throughput with 8 KiB blocks over that with 1 KiB blocks, per unit, as a table and a
    /// chart (bench/figures/fig3-block-size.svg and .png); and the RAM disk's guest instructions per KiB written
    /// (under <c>-icount shift=0</c> a tick is an instruction, and the RAM disk never waits).
    /// </summary>
    private static void PrintBlockSizeRatios(string root, Dictionary<int, Dictionary<string, (double Cycles, long Bytes)>> results, Dictionary<int, double> speeds)
    {
        double PerKiB(int blockSize, string key) => results[blockSize].TryGetValue(key, out var f) ? f.Cycles / (f.Bytes / 1024.0) : double.NaN;
        // Instructions (ticks) per KiB at a block size, then their ratio; the ticks are converted through each boot's own clock.
        double Ratio(string key) => PerKiB(1024, key) / speeds[1024] / (PerKiB(8192, key) / speeds[8192]);
        var units = new List<int>();
        for (int unit = 1 << 10; unit <= 64 << 20; unit <<= 1)
            units.Add(unit);
        double[] ram = [.. units.Select(u => Ratio($"fs-ram-write-{u}"))];
        double[] ide = [.. units.Select(u => Ratio($"fs-ide-write-{u}"))];

        Console.WriteLine();
        Console.WriteLine("Fig. 3: write throughput with 8 KiB blocks / with 1 KiB blocks (the same 1 MiB cache), and the RAM disk's guest instructions per KiB written:");
        Console.WriteLine();
        Console.WriteLine("| transfer unit | RAM disk 8 KiB / 1 KiB | IDE 8 KiB / 1 KiB | RAM disk instructions per KiB, 1 KiB blocks | 8 KiB blocks |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        for (int i = 0; i < units.Count; i++)
        {
            string key = $"fs-ram-write-{units[i]}";
            string ideRatio = double.IsNaN(ide[i]) ? "not measured" : ide[i].ToString("F2", CultureInfo.InvariantCulture);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {Unit(units[i])} | {ram[i]:F2} | {ideRatio} | {PerKiB(1024, key):F0} | {PerKiB(8192, key):F0} |"));
        }

        string chart = Path.Combine(root, "bench", "figures", "fig3-block-size");
        BlockSizeChart.Write(chart, units, new Dictionary<string, double[]> { ["RAM disk (guest instructions)"] = ram, ["IDE disk (with the host's disk time)"] = ide });
        // The docs site takes its images from docs/images.
        File.Copy(chart + ".svg", Path.Combine(root, "docs", "images", "fig3-block-size.svg"), overwrite: true);
        Console.Error.WriteLine($"chart: {chart}.svg and .png, docs/images/fig3-block-size.svg");
    }

    private static string Unit(int bytes) => bytes >= 1 << 20 ? $"{bytes >> 20} MiB" : $"{bytes >> 10} KiB";

    /// <summary>The <c>bench: NAME CYCLES [BYTES]</c> lines of a boot.</summary>
    private static Dictionary<string, (double Cycles, long Bytes)> Parse(string output)
    {
        var values = new Dictionary<string, (double, long)>(StringComparer.Ordinal);
        foreach (string line in output.Split('\n'))
        {
            int at = line.LastIndexOf("bench: ", StringComparison.Ordinal);
            if (at < 0)
                continue;
            string[] parts = line[(at + 7)..].Trim().Split(' ');
            if (parts.Length >= 2 && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
                values[parts[0]] = (value, parts.Length > 2 ? long.Parse(parts[2], CultureInfo.InvariantCulture) : 0);
        }

        return values;
    }
}
