using System.Diagnostics;
using System.Globalization;
using System.Text;
using Minix.Build.Elf;
using Minix.Build.Imaging;
using Minix.Build.Linking;
using Minix.Build.Pipeline;

namespace Minix.Bench;

/// <summary>
/// Build time and size of the system's own process images: the kernel and every boot process of an image project
/// (samples/DriverImage by default), each step timed separately, optimized and unoptimized side by side.
/// </summary>
/// <remarks>
/// Steps, as <see cref="SystemImageBuilder"/> runs them: the C# image compile of the project against Minix.Runtime
/// (<c>dotnet msbuild</c>, its start included; the project's own output is deleted first so it really compiles,
/// its references are up to date after the warm-up round), ILC (always run, never skipped as up to date), and the
/// link of each process that runs the project's code (the kernel with its arch code; a process at the user base
/// with its start code and heap).
/// </remarks>
internal static class SystemImageBench
{
    private sealed record Unit(string Name, string Project, IReadOnlyList<ImageProcess> Processes);

    private sealed class Figures
    {
        public List<double> Compile { get; } = new();

        public List<double> Ilc { get; } = new();

        public Dictionary<string, List<double>> Link { get; } = new(StringComparer.Ordinal);

        public long ObjectBytes { get; set; }

        public List<string> References { get; set; } = new();

        public Dictionary<string, LinkedImage> Images { get; } = new(StringComparer.Ordinal);
    }

    public static int Run(string root, string imageProject, int rounds)
    {
        var ilc = IlcToolchain.Locate();
        var contents = ImageProject.Read(imageProject);
        var units = new List<Unit> { new("kernel", contents.Spec.KernelProject, Array.Empty<ImageProcess>()) };
        foreach (var group in contents.Spec.Processes.GroupBy(p => Path.GetFullPath(p.Project), StringComparer.Ordinal))
            units.Add(new Unit(Path.GetFileNameWithoutExtension(group.Key), group.Key, group.ToList()));

        string work = Path.Combine(Path.GetTempPath(), "minix-bench-system");
        var figures = new Dictionary<(string, bool), Figures>();
        // Round 0 is the warm-up (restores, references' image compiles); rounds 1..n are measured, alternating
        // projects and optimized/unoptimized within each round.
        for (int round = 0; round <= rounds; round++)
        {
            foreach (Unit unit in units)
            {
                foreach (bool optimize in new[] { true, false })
                {
                    if (!figures.TryGetValue((unit.Name, optimize), out Figures? f))
                        figures[(unit.Name, optimize)] = f = new Figures();
                    Measure(unit, optimize, Path.Combine(work, unit.Name, optimize ? "release" : "debug"), ilc, f, round > 0);
                }
            }

            Console.Error.WriteLine($"round {round} of {rounds} done");
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, .NET {Environment.Version}, ILC {ilc.Version.Split('+')[0]}, median of {rounds} rounds.");
        report.AppendLine();
        report.AppendLine("| process | project: lines (with references) | build | C# compile | ILC | link | .o | text | rodata | data | bss (+ heap) | text bytes / line (with references) |");
        report.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (Unit unit in units)
        {
            int lines = SourceLines(unit.Project);
            foreach (bool optimize in new[] { true, false })
            {
                Figures f = figures[(unit.Name, optimize)];
                int all = lines + f.References.Sum(r => ReferenceLines(root, r));
                foreach (var (process, image) in f.Images)
                {
                    long text = Size(image, s => (s.Permissions & SegmentPermissions.Execute) != 0);
                    long rodata = Size(image, s => s.Permissions == SegmentPermissions.Read);
                    long data = Size(image, s => (s.Permissions & SegmentPermissions.Write) != 0);
                    long bss = image.Segments.Sum(s => (long)s.MemorySize - s.Data.Length);
                    long heap = (long)(unit.Processes.FirstOrDefault(p => p.Name == process)?.HeapSize ?? 0);
                    report.AppendLine(CultureInfo.InvariantCulture,
                        $"| {process} | {unit.Name}: {lines} ({all}) | {(optimize ? "-O" : "debug")} | {Median(f.Compile):F1} s | {Median(f.Ilc):F1} s | {Median(f.Link[process]) * 1000:F0} ms | {Kb(f.ObjectBytes)} | {Kb(text)} | {Kb(rodata)} | {Kb(data)} | {Kb(bss - heap)} (+ {heap >> 10} KiB) | {(double)text / lines:F0} ({(double)text / all:F1}) |");
                }
            }
        }

        report.AppendLine();
        report.AppendLine("| project | C# compile debug / -O | ILC debug / -O | text debug / -O | .o debug / -O |");
        report.AppendLine("|---|---:|---:|---:|---:|");
        foreach (Unit unit in units)
        {
            Figures o = figures[(unit.Name, true)], d = figures[(unit.Name, false)];
            string first = o.Images.Keys.First();
            long Text(Figures f) => Size(f.Images[first], s => (s.Permissions & SegmentPermissions.Execute) != 0);
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {unit.Name} | {Median(d.Compile) / Median(o.Compile):F2} | {Median(d.Ilc) / Median(o.Ilc):F2} | {(double)Text(d) / Text(o):F2} | {(double)d.ObjectBytes / o.ObjectBytes:F2} |");
        }

        Console.Write(report.ToString());
        return 0;
    }

    private static void Measure(Unit unit, bool optimize, string work, IlcToolchain ilc, Figures f, bool record)
    {
        Directory.CreateDirectory(work);
        string imageDirectory = Path.Combine(work, "image");
        if (Directory.Exists(imageDirectory))
            Directory.Delete(imageDirectory, true);

        var clock = Stopwatch.StartNew();
        var assemblies = ProjectImageCompiler.Compile(unit.Project, optimize, outputDirectory: imageDirectory);
        double compile = clock.Elapsed.TotalSeconds;

        string objectFile = Path.Combine(work, unit.Name + ".o");
        clock.Restart();
        IlcCompiler.Compile(ilc, IlcInvocation.ForProject(assemblies, objectFile, optimize));
        double ilcSeconds = clock.Elapsed.TotalSeconds;
        f.References = assemblies.Skip(1).Select(Path.GetFileNameWithoutExtension).ToList()!;
        if (record)
        {
            f.Compile.Add(compile);
            f.Ilc.Add(ilcSeconds);
            f.ObjectBytes = new FileInfo(objectFile).Length;
        }

        // The warm-up round links too, so that the linker's own JIT compile is not in the first measured link.
        if (unit.Processes.Count == 0)
        {
            clock.Restart();
            LinkedImage kernel = KernelImageLinker.Link(objectFile);
            double seconds = clock.Elapsed.TotalSeconds;
            if (record)
            {
                f.Images[unit.Name] = kernel;
                AddLink(f, unit.Name, seconds);
            }

            return;
        }

        foreach (ImageProcess process in unit.Processes)
        {
            clock.Restart();
            var request = new LinkRequest { BaseAddress = Minix.Kernel.Boot.MemoryLayout.UserBase, EntrySymbol = ProcessStartCode.Symbol };
            request.Objects.Add(ElfObjectReader.Read(objectFile));
            request.Code.Add(ProcessStartCode.For(process.EntrySymbol));
            request.Code.Add(ProcessStartCode.IllegalInstruction);
            request.Code.Add(ProcessStartCode.TimeStampCounter);
            ImageTarget.UserProcess(ProcessStartCode.Symbol, process.HeapSize).Apply(request);
            LinkedImage image = ImageLinker.Link(request);
            double seconds = clock.Elapsed.TotalSeconds;
            if (record)
            {
                f.Images[process.Name] = image;
                AddLink(f, process.Name, seconds);
            }
        }
    }

    private static void AddLink(Figures f, string process, double seconds)
    {
        if (!f.Link.TryGetValue(process, out List<double>? list))
            f.Link[process] = list = new List<double>();
        list.Add(seconds);
    }

    private static long Size(LinkedImage image, Func<LoadSegment, bool> which) => image.Segments.Where(which).Sum(s => (long)s.Data.Length);

    /// <summary>Non-blank lines of the project's C# sources (bin/ and obj/ left out).</summary>
    private static int SourceLines(string project)
    {
        string directory = Path.GetDirectoryName(project)!;
        return Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Sum(p => File.ReadLines(p).Count(l => l.Trim().Length > 0));
    }

    /// <summary>Non-blank source lines of a referenced image assembly's project (found by name under libs/), 0 if none.</summary>
    private static int ReferenceLines(string root, string assembly)
    {
        string project = Path.Combine(root, "libs", assembly, assembly + ".csproj");
        return File.Exists(project) && assembly != "Minix.Runtime" ? SourceLines(project) : 0;
    }

    private static string Kb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F1} KiB");

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
