using System.Diagnostics;
using System.Globalization;
using System.Text;
using Minix.Build.Linking;
using Minix.Build.Pipeline;

namespace Minix.Bench;

/// <summary>
/// The garbage collector of programs against .NET's workstation collector (non-concurrent) on the same program
/// (bench/Minix.Bench.GcProgram): allocation throughput and the longest pause, run side by side in alternation;
/// and the size of a hello-world program that uses Console, as `minix run` builds it and as the image's /bin gets it.
/// </summary>
internal static class GcBench
{
    public static int Run(string root, int rounds, int megabytes, int liveMegabytes)
    {
        string project = Path.Combine(root, "bench", "Minix.Bench.GcProgram", "Minix.Bench.GcProgram.csproj");
        string work = Path.Combine(Path.GetTempPath(), "minix-bench-gc");
        var ilc = IlcToolchain.Locate();
        var image = RunImageBuilder.BuildProgram(project, optimize: true, Path.Combine(work, "image"), ilc);
        var build = ProcessRunner.Run("dotnet", new[] { "build", project, "-c", "Release", "-nologo", "-v:q" });
        if (build.ExitCode != 0)
            throw new InvalidOperationException("dotnet build failed:\n" + build.Output + build.Error);
        string dll = Path.Combine(root, "bench", "Minix.Bench.GcProgram", "bin", "Release", "net10.0", "Minix.Bench.GcProgram.dll");

        string[] args = { megabytes.ToString(CultureInfo.InvariantCulture), liveMegabytes.ToString(CultureInfo.InvariantCulture) };
        var dotnet = new List<Dictionary<string, double>>();
        var minix = new List<Dictionary<string, double>>();
        Measure("dotnet", new[] { dll }.Concat(args).ToArray());
        Measure(image.ExecutablePath, args);
        for (int round = 0; round < rounds; round++)
        {
            dotnet.Add(Measure("dotnet", new[] { dll }.Concat(args).ToArray()));
            minix.Add(Measure(image.ExecutablePath, args));
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, .NET {Environment.Version}: {megabytes} MiB allocated with {liveMegabytes} MiB live, {rounds} rounds, medians.");
        report.AppendLine();
        report.AppendLine("| measure | .NET workstation GC | image collector | image / .NET |");
        report.AppendLine("|---|---:|---:|---:|");
        Row(report, "allocation throughput (MiB/s)", "mib-per-second", dotnet, minix, "F0");
        Row(report, "longest pause (ms, longest gap between batches)", "longest-gap-ms", dotnet, minix, "F2");
        Row(report, "collections", "collections", dotnet, minix, "F0");
        Row(report, "total pause (ms, as each runtime reports it)", "pause-total-ms", dotnet, minix, "F1");
        Row(report, "run time (s)", "seconds", dotnet, minix, "F2");
        report.AppendLine();
        HelloWorld(report, work, ilc, root);
        Console.Write(report.ToString());
        return 0;
    }

    private static void Row(StringBuilder report, string name, string key, List<Dictionary<string, double>> dotnet, List<Dictionary<string, double>> minix, string format)
    {
        double d = Median(dotnet.Select(r => r[key]).ToList());
        double m = Median(minix.Select(r => r[key]).ToList());
        string ratio = d == 0 ? "" : (m / d).ToString("F2", CultureInfo.InvariantCulture);
        report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {d.ToString(format, CultureInfo.InvariantCulture)} | {m.ToString(format, CultureInfo.InvariantCulture)} | {ratio} |");
    }

    // One run: the program's "name value" lines.
    private static Dictionary<string, double> Measure(string file, string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args)
            info.ArgumentList.Add(arg);
        info.Environment["DOTNET_gcServer"] = "0";
        info.Environment["DOTNET_gcConcurrent"] = "0";
        info.Environment["DOTNET_TieredCompilation"] = "0";
        using var process = Process.Start(info)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} exited with {process.ExitCode}:\n{output}{error}");
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = line.Split(' ');
            if (parts.Length >= 2 && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
                values[parts[0]] = value;
        }

        return values;
    }

    // A hello-world program with Console, as `minix run` builds it (linux-run, with the Linux host) and as the image's
    // /bin gets it (the user-program target: Minix.Posix's system calls, the collector, a heap grown through PM).
    private static void HelloWorld(StringBuilder report, string work, IlcToolchain ilc, string root)
    {
        const string program = """
            public static class Program
            {
                public static void Main() => System.Console.WriteLine("Hello, world!");
            }
            """;
        string linuxProject = HelloProject(Path.Combine(work, "hello"), program, "");
        var linux = RunImageBuilder.BuildProgram(linuxProject, optimize: true, Path.Combine(work, "hello", "run"), ilc);
        string posix = Path.Combine(root, "libs", "Minix.Posix", "Minix.Posix.csproj");
        string imageProject = HelloProject(Path.Combine(work, "hello-image"), program, $"<ItemGroup><ProjectReference Include=\"{posix}\" /></ItemGroup>");
        var (imageFile, image) = ProgramImageBuilder.Build(imageProject, optimize: true, Path.Combine(work, "hello-image", "build"), ilc);
        report.AppendLine("| hello world (`Console.WriteLine`), optimized | text | rodata | data | bss | trailer (source map) | ELF file |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        Sizes(report, "`minix run` executable (linux-run, with the Linux host)", linux.Image, linux.ExecutablePath);
        Sizes(report, "program in the image's /bin (user-program target)", image, imageFile);
    }

    private static string HelloProject(string directory, string program, string references)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Hello.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
              {references}
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), program);
        return Path.Combine(directory, "Hello.csproj");
    }

    private static void Sizes(StringBuilder report, string name, LinkedImage image, string file)
    {
        string Kib(double bytes) => (bytes / 1024).ToString("F1", CultureInfo.InvariantCulture) + " KiB";
        LoadSegment? Segment(string segment) => image.Segments.FirstOrDefault(s => s.Name == segment);
        var data = Segment("data");
        report.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {Kib(Segment("text")?.Data.Length ?? 0)} | {Kib(Segment("rodata")?.Data.Length ?? 0)} | {Kib(data?.Data.Length ?? 0)} | {Kib((double)((data?.MemorySize ?? 0) - (ulong)(data?.Data.Length ?? 0)))} | {Kib(Segment("trailer")?.Data.Length ?? 0)} | {Kib(new FileInfo(file).Length)} |");
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count == 0 ? 0 : values[values.Count / 2];
    }
}
