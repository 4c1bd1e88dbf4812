using System.Diagnostics;
using System.Globalization;
using Minix.Build.Elf;
using Minix.Build.Imaging;
using Minix.Build.Pipeline;

namespace Minix.Bench;

/// <summary>
/// The whole image build of a system (samples/Image by default) as a user runs it, <c>minix image</c> in a process of
/// its own: clean, with nothing changed, and with one program's source touched; and its C# compiles both ways side by
/// side, in the tool's own process on the SDK's compiler (<see cref="ImageCompileGraph"/>, what the build does)
/// against MSBuild's Csc task starting csc per project in the same one msbuild run (what it did before).
/// </summary>
/// <remarks>
/// Clean means what a fresh clone has after the test command's host build: every project's image assemblies
/// (<c>obj/&lt;cfg&gt;/&lt;tfm&gt;/minix*</c>) and ILC's kept objects deleted, and the image's output folder too; restores
/// and host builds stay. Every figure is wall time, the median of the rounds, on however many cores the machine has;
/// beside the builds, the CPU time they took (the tool, msbuild and every ILC run), which says what the cores allow.
/// </remarks>
internal static class ImageBuildBench
{
    public static int Run(string root, string imageProject, int rounds)
    {
        var contents = ImageProject.Read(imageProject);
        string touched = Directory.GetFiles(Path.Combine(root, "commands", "echo"), "*.cs")[0];
        var clean = new List<double>();
        var unchanged = new List<double>();
        var oneProgram = new List<double>();
        var csc = new List<double>();
        var inProcess = new List<double>();
        var projects = contents.Spec.Processes.Concat(contents.Spec.Programs)
            .GroupBy(p => Path.GetFullPath(p.Project), StringComparer.Ordinal)
            .Select(g => new ImageCompileGraph.Request(g.Key, g.First().EntersAtMain))
            .Prepend(new ImageCompileGraph.Request(Path.GetFullPath(contents.Spec.KernelProject), false))
            .ToList();
        string graphFolder = Path.Combine(Path.GetTempPath(), "minix-bench-image-build");
        string tool = BuildTool(root);
        var cleanCpu = new List<double>();
        (int Objects, int Compiled, int Distinct) bodies = default;

        for (int round = 0; round < rounds; round++)
        {
            Clean(root, contents.OutputDirectory);
            double cpu = ChildCpuSeconds();
            clean.Add(Time(() => Image(tool, imageProject)));
            cleanCpu.Add(ChildCpuSeconds() - cpu);
            bodies = IlcMethodBodies(contents.OutputDirectory);
            unchanged.Add(Time(() => Image(tool, imageProject)));
            File.SetLastWriteTimeUtc(touched, DateTime.UtcNow);
            oneProgram.Add(Time(() => Image(tool, imageProject)));

            // The compiles alone, both ways, each from clean, in alternating order; the csc run uses the project the
            // image build generated.
            string graphProject = Path.Combine(graphFolder, "image-compile.proj");
            foreach (bool here in round % 2 == 0 ? new[] { true, false } : new[] { false, true })
            {
                Clean(root, graphFolder);
                double seconds;
                if (here)
                {
                    seconds = Time(() => ImageCompileGraph.Compile(projects, contents.Spec.Optimize, graphFolder));
                }
                else
                {
                    Directory.CreateDirectory(graphFolder);
                    File.Copy(Path.Combine(contents.OutputDirectory, "image-compile.proj"), graphProject);
                    ProcessRunner.Result result = default!;
                    seconds = Time(() => result = ProcessRunner.Run("dotnet", ImageCompileGraph.MSBuildArguments(graphProject, contents.Spec.Optimize, argumentsOnly: false)));
                    if (result.ExitCode != 0)
                        throw new InvalidOperationException("the csc compiles failed:\n" + result.Output + result.Error);
                }

                (here ? inProcess : csc).Add(seconds);
            }

            Console.Error.WriteLine($"round {round + 1}: clean {clean[^1]:F1} s ({cleanCpu[^1]:F1} s of CPU), nothing changed {unchanged[^1]:F1} s, one program touched {oneProgram[^1]:F1} s; compiles: in process {inProcess[^1]:F1} s, csc per project {csc[^1]:F1} s");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Image build of {Path.GetRelativePath(root, imageProject)} ({projects.Count} projects, {contents.Spec.Processes.Count} processes, {contents.Spec.Programs.Count} programs), {Environment.ProcessorCount} cores, median of {rounds} rounds:"));
        Console.WriteLine();
        Console.WriteLine("| `minix image`, a process of its own | seconds | goal |");
        Console.WriteLine("|---|---:|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| clean | {Median(clean):F1} | under 10 s: {(Median(clean) < 10 ? "holds" : "not met")} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| clean: CPU time (tool, msbuild, ILC) | {Median(cleanCpu):F1} | ({Median(cleanCpu) / Environment.ProcessorCount:F1} s of wall time at the least on {Environment.ProcessorCount} cores) |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| nothing changed | {Median(unchanged):F1} | under 3 s: {(Median(unchanged) < 3 ? "holds" : "not met")} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| one program's source touched | {Median(oneProgram):F1} | |"));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ILC in a clean build: {bodies.Compiled:N0} method bodies in its {bodies.Objects} objects, {bodies.Distinct:N0} of them distinct ({100.0 * (bodies.Compiled - bodies.Distinct) / bodies.Compiled:F0}% compiled again by another project's ILC run)."));
        Console.WriteLine();
        Console.WriteLine("| C# image compiles from clean (one msbuild run each) | seconds |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| MSBuild's Csc task, a csc process per project (before) | {Median(csc):F1} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| in the tool's process on the SDK's compiler (ImageCompileGraph) | {Median(inProcess):F1} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| ratio csc / in process | {Median(csc) / Median(inProcess):F2} |"));
        return 0;
    }

    /// <summary>
    /// The functions in the build's ILC objects, all of them and the distinct names: each project is a whole-program ILC
    /// run, which compiles again the part of the runtime and the libraries it reaches.
    /// </summary>
    private static (int Objects, int Compiled, int Distinct) IlcMethodBodies(string outputDirectory)
    {
        var files = Directory.GetFiles(outputDirectory, "*.o", SearchOption.AllDirectories);
        var names = files.SelectMany(file => ElfObjectReader.Read(file).Symbols.Where(s => s.Type == ElfSymbolType.Function && !s.IsUndefined).Select(s => s.Name)).ToList();
        return (files.Length, names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>The tool, built as the README's commands build it (not timed).</summary>
    private static string BuildTool(string root)
    {
        var build = ProcessRunner.Run("dotnet", ["build", Path.Combine(root, "tools", "minix"), "-c", "Release", "-nologo", "-v:q"]);
        if (build.ExitCode != 0)
            throw new InvalidOperationException("the minix tool did not build:\n" + build.Output + build.Error);
        return Path.Combine(root, "tools", "minix", "bin", "Release", "net10.0", "minix.dll");
    }

    private static void Image(string tool, string imageProject)
    {
        var run = ProcessRunner.Run("dotnet", [tool, "image", imageProject]);
        if (run.ExitCode != 0)
            throw new InvalidOperationException($"minix image {imageProject} failed:\n{run.Output}{run.Error}");
    }

    // CPU time of every process this one has waited for, and theirs in turn: the tool with its msbuild and ILC runs.
    private static double ChildCpuSeconds()
    {
        if (GetResourceUsage(ResourceUsageChildren, out ResourceUsage usage) != 0)
            throw new InvalidOperationException("getrusage failed");
        return usage.UserSeconds + usage.UserMicroseconds / 1e6 + usage.SystemSeconds + usage.SystemMicroseconds / 1e6;
    }

    private const int ResourceUsageChildren = -1;

    // struct rusage on 64-bit Linux: two timevals, then fourteen longs this benchmark does not read.
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        [System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.ByValArray, SizeConst = 14)]
        public long[] Rest;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static extern int GetResourceUsage(int who, out ResourceUsage usage);

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static void Clean(string root, string outputDirectory)
    {
        if (Directory.Exists(outputDirectory))
            Directory.Delete(outputDirectory, recursive: true);
        foreach (string top in new[] { "libs", "commands", "samples", "tests" })
        {
            foreach (string obj in Directory.EnumerateDirectories(Path.Combine(root, top), "obj", SearchOption.AllDirectories))
            {
                foreach (string folder in Directory.EnumerateDirectories(obj, "minix*", SearchOption.AllDirectories).Where(d => Path.GetFileName(d) is "minix" or "minix-program").ToList())
                {
                    if (Directory.Exists(folder))
                        Directory.Delete(folder, recursive: true);
                }
            }
        }
    }
}
