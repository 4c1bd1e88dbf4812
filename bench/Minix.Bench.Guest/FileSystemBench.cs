using System.Globalization;
using Minix.Build.Imaging;
using Minix.Build.Qemu;

namespace Minix.Bench.Guest;

/// <summary>
/// <c>Minix.Bench.Guest fs [MiB]</c>: sequential write and read throughput through VFS and MFS for transfer units from
/// 1 KiB to 64 MiB, once per block size (1, 2, 4 and 8 KiB), on the RAM disk. Builds the image of FileSystem/ with its
/// root file system (the disk measured) at each block size, boots each under TCG with <c>-icount shift=0</c> (so the
/// figures are the same on any host), and prints a table of MiB/s of guest time.
/// </summary>
public static class FileSystemBench
{
    private static readonly int[] BlockSizes = [1024, 2048, 4096, 8192];

    /// <summary>Runs the benchmark.</summary>
    /// <param name="args">Optionally the MiB written and read per measurement (default 8; a 64 MiB unit moves 64 MiB).</param>
    /// <param name="root">The repository root.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, string root)
    {
        int mebibytes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 8;
        string project = Path.Combine(root, "bench", "Minix.Bench.Guest", "FileSystem", "Image.csproj");
        ImageProject.Contents contents = ImageProject.Read(project);
        var results = new Dictionary<int, Dictionary<string, (double Cycles, long Bytes)>>();
        var speeds = new Dictionary<int, double>();
        foreach (int blockSize in BlockSizes)
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
            SystemImage image = SystemImageBuilder.Build(spec, Path.Combine(contents.OutputDirectory, "fsbench-" + blockSize));
            string[] qemu = ["-m", "512", "-icount", "shift=0", "-append", $"{spec.CommandLine} fsbench.mib={mebibytes}"];
            QemuRun run = QemuLauncher.Boot(image.MultibootFile, rawDisk: false, TimeSpan.FromMinutes(30), QemuAccel.Tcg, qemu);
            var figures = Parse(run.Output);
            if (!figures.TryGetValue("fs-end-cycles", out var end) || !figures.TryGetValue("fs-hz", out var hz))
            {
                Console.Error.WriteLine($"the boot with {blockSize}-byte blocks did not finish; it printed:\n{run.Output}");
                return 1;
            }

            double seconds = (figures["fs-end-ticks"].Cycles - figures["fs-start-ticks"].Cycles) / hz.Cycles;
            speeds[blockSize] = (end.Cycles - figures["fs-start-cycles"].Cycles) / seconds;
            results[blockSize] = figures;
            Console.Error.WriteLine($"  {run.Elapsed.TotalSeconds:F0} s");
        }

        Console.WriteLine($"Sequential throughput through VFS and MFS on the RAM disk, MiB/s of guest time (TCG, -icount shift=0), {mebibytes} MiB per measurement (a larger unit moves one unit).");
        Console.WriteLine();
        Console.WriteLine("| transfer unit | " + string.Join(" | ", BlockSizes.Select(b => $"write, {b / 1024} KiB blocks | read, {b / 1024} KiB blocks")) + " |");
        Console.WriteLine("|---:|" + string.Concat(BlockSizes.Select(_ => "---:|---:|")));
        for (int unit = 1 << 10; unit <= 64 << 20; unit <<= 1)
        {
            var cells = new List<string>();
            foreach (int blockSize in BlockSizes)
            {
                foreach (string what in new[] { "fs-write-", "fs-read-" })
                {
                    var (cycles, bytes) = results[blockSize][what + unit];
                    double rate = bytes / (cycles / speeds[blockSize]) / (1 << 20);
                    cells.Add(rate.ToString("F1", CultureInfo.InvariantCulture));
                }
            }

            Console.WriteLine($"| {Unit(unit)} | {string.Join(" | ", cells)} |");
        }

        return 0;
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
