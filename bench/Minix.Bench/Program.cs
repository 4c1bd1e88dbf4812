using System.Diagnostics;
using System.Globalization;
using System.Text;
using Minix.Build.Elf;
using Minix.Build.Linking;
using Minix.Build.Pipeline;

namespace Minix.Bench;

/// <summary>Builds the kernels image, then measures build phases, image sizes and kernel speed against .NET.</summary>
internal static class Program
{
    private const int Rounds = 5;

    public static int Main(string[] args)
    {
        string root = FindRoot();
        if (args.Length > 0 && args[0] == "system")
        {
            int rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
            string imageProject = args.Length > 2 ? Path.GetFullPath(args[2]) : Path.Combine(root, "samples", "DriverImage", "Image.csproj");
            return SystemImageBench.Run(root, imageProject, rounds);
        }

        if (args.Length > 0 && args[0] == "image-build")
        {
            int rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
            string imageProject = args.Length > 2 ? Path.GetFullPath(args[2]) : Path.Combine(root, "samples", "Image", "Image.csproj");
            return ImageBuildBench.Run(root, imageProject, rounds);
        }

        if (args.Length > 0 && args[0] == "gc")
        {
            int rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
            int megabytes = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2048;
            int live = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 16;
            return GcBench.Run(root, rounds, megabytes, live);
        }

        string corpus = Path.Combine(root, "tests", "Minix.Build.Corpus", "Minix.Build.Corpus.csproj");
        string work = Path.Combine(Path.GetTempPath(), "minix-bench");
        var ilc = IlcToolchain.Locate();
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, .NET {Environment.Version}, ILC {ilc.Version.Split('+')[0]}.");
        report.AppendLine();

        var kernelMethods = KernelList.All.Select(k => new RunnableMethod("Minix.Build.Corpus.Kernels", k.Name, new[] { IntegerType.Int32, IntegerType.Int32 }, IntegerType.Int64)).ToList();
        var allMethods = CorpusMethods();
        report.AppendLine("## Build time and size per image");
        report.AppendLine();
        report.AppendLine("| image | methods | C# image compile | ILC | link | text | rodata | data (file) | bss | ELF file |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        string kernelsImage = BuildAndReport(report, "kernels (bench)", corpus, kernelMethods, Path.Combine(work, "kernels"), ilc, null);
        string kernelsV2Image = BuildAndReport(report, "kernels, x86-64-v2", corpus, kernelMethods, Path.Combine(work, "kernels-v2"), ilc, "x86-64-v2");
        BuildAndReport(report, "whole corpus", corpus, allMethods, Path.Combine(work, "corpus"), ilc, null);
        report.AppendLine();

        report.AppendLine("## Speed: ILC-compiled image against .NET's JIT");
        report.AppendLine();
        report.AppendLine("| kernel | size | .NET JIT (ms/call) | image (ms/call) | image / JIT | image x86-64-v2 (ms/call) | v2 / JIT |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        double startup = Median(Enumerable.Range(0, 9).Select(_ => TimeProcess(kernelsImage, "")).ToList());
        var ratios = new List<double>();
        var ratiosV2 = new List<double>();
        for (int i = 0; i < KernelList.All.Count; i++)
        {
            var kernel = KernelList.All[i];
            var dotnet = new List<double>();
            var image = new List<double>();
            var imageV2 = new List<double>();
            CheckSame(kernel, i, kernelsImage);
            CheckSame(kernel, i, kernelsV2Image);
            for (int round = 0; round < Rounds; round++)
            {
                dotnet.Add(TimeDotNet(kernel));
                string input = string.Concat(Enumerable.Repeat($"{i} {kernel.Size} {round + 1}\n", kernel.Calls));
                image.Add((TimeProcess(kernelsImage, input) - startup) / kernel.Calls);
                imageV2.Add((TimeProcess(kernelsV2Image, input) - startup) / kernel.Calls);
            }

            double d = Median(dotnet), m = Median(image), v2 = Median(imageV2);
            ratios.Add(m / d);
            ratiosV2.Add(v2 / d);
            report.AppendLine(CultureInfo.InvariantCulture, $"| {kernel.Name} | {kernel.Size} | {d:F3} | {m:F3} | {m / d:F2} | {v2:F3} | {v2 / d:F2} |");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"| **geometric mean** | | | | **{Math.Exp(ratios.Average(Math.Log)):F2}** | | **{Math.Exp(ratiosV2.Average(Math.Log)):F2}** |");
        Console.Write(report.ToString());
        return 0;
    }

    private static string BuildAndReport(StringBuilder report, string name, string project, IReadOnlyList<RunnableMethod> methods, string work, IlcToolchain ilc, string? instructionSet)
    {
        Directory.CreateDirectory(work);
        string host = Path.Combine(work, "MinixRunHost.g.cs");
        File.WriteAllText(host, RunHostGenerator.Generate(methods, 2UL << 30, growableHeap: true));
        string imageDirectory = Path.Combine(work, "image");
        if (Directory.Exists(imageDirectory))
            Directory.Delete(imageDirectory, true);

        var clock = Stopwatch.StartNew();
        var assemblies = ProjectImageCompiler.Compile(project, true, new[] { host }, imageDirectory);
        double compile = clock.Elapsed.TotalSeconds;

        clock.Restart();
        string objectFile = Path.Combine(work, "image.o");
        IlcCompiler.Compile(ilc, IlcInvocation.ForProject(assemblies, objectFile, optimize: true, instructionSet, debugInfo: false));
        double ilcSeconds = clock.Elapsed.TotalSeconds;

        clock.Restart();
        var request = new LinkRequest { BaseAddress = 0x400000, EntrySymbol = "_start" };
        request.Objects.Add(ElfObjectReader.Read(objectFile));
        ImageTarget.LinuxRun(2UL << 30).Apply(request);
        var image = ImageLinker.Link(request);
        byte[] file = ElfExecutableWriter.Write(image);
        double link = clock.Elapsed.TotalSeconds;

        string executable = Path.Combine(work, "image.run");
        File.WriteAllBytes(executable, file);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(executable, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        long Size(string segment) => image.Segments.Where(s => s.Name == segment).Sum(s => (long)s.Data.Length);
        long bss = image.Segments.Sum(s => (long)s.MemorySize - s.Data.Length);
        report.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {methods.Count} | {compile:F1} s | {ilcSeconds:F1} s | {link:F2} s | {Kb(Size("text"))} | {Kb(Size("rodata"))} | {Kb(Size("data"))} | {bss >> 20} MiB (heap) | {Kb(file.Length)} |");
        return executable;
    }

    private static string Kb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F1} KiB");

    private static void CheckSame(Kernel kernel, int index, string executable)
    {
        string expected = kernel.Run(kernel.Size, 1).ToString(CultureInfo.InvariantCulture);
        var run = ProcessRunner.Run(executable, new[] { "--batch" }, $"{index} {kernel.Size} 1\n");
        if (run.Output.Trim() != expected)
            throw new InvalidOperationException($"{kernel.Name}: image gave '{run.Output.Trim()}', .NET {expected}");
    }

    private static double TimeDotNet(Kernel kernel)
    {
        kernel.Run(kernel.Size, 99);
        var clock = Stopwatch.StartNew();
        long sink = 0;
        for (int i = 0; i < kernel.Calls; i++)
            sink += kernel.Run(kernel.Size, i + 1);
        double ms = clock.Elapsed.TotalMilliseconds / kernel.Calls;
        GC.KeepAlive(sink);
        return ms;
    }

    private static double TimeProcess(string executable, string input)
    {
        var clock = Stopwatch.StartNew();
        var run = ProcessRunner.Run(executable, new[] { "--batch" }, input);
        double ms = clock.Elapsed.TotalMilliseconds;
        if (run.ExitCode != 0)
            throw new InvalidOperationException($"image failed: {run.Error}");
        return ms;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static List<RunnableMethod> CorpusMethods()
    {
        var map = new Dictionary<Type, IntegerType>
        {
            [typeof(void)] = IntegerType.Void, [typeof(bool)] = IntegerType.Boolean, [typeof(char)] = IntegerType.Char,
            [typeof(sbyte)] = IntegerType.SByte, [typeof(byte)] = IntegerType.Byte, [typeof(short)] = IntegerType.Int16,
            [typeof(ushort)] = IntegerType.UInt16, [typeof(int)] = IntegerType.Int32, [typeof(uint)] = IntegerType.UInt32,
            [typeof(long)] = IntegerType.Int64, [typeof(ulong)] = IntegerType.UInt64, [typeof(nint)] = IntegerType.IntPtr,
            [typeof(nuint)] = IntegerType.UIntPtr,
        };
        return typeof(Minix.Build.Corpus.Kernels).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.Namespace == "Minix.Build.Corpus")
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition && map.ContainsKey(m.ReturnType) && m.GetParameters().All(p => map.ContainsKey(p.ParameterType)))
            .Select(m => new RunnableMethod(m.DeclaringType!.FullName!, m.Name, m.GetParameters().Select(p => map[p.ParameterType]).ToList(), map[m.ReturnType]))
            .ToList();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Minix.slnx")))
                return dir.FullName;
        }

        throw new InvalidOperationException("repository root not found");
    }
}
