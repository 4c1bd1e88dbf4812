using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace Minix.Analyzers.Bench;

/// <summary>
/// The same measurement as real builds: the generated project is written twice to a scratch folder, once with the
/// Minix# analyzer DLL referenced (as the DriverKit package hands it to the compiler) and once without, and <c>dotnet build</c> recompiles each in turn (a touched file forces
/// the compiler to run; restore is done once beforehand).
/// </summary>
public static class BuildBench
{
    /// <summary>Runs the builds.</summary>
    /// <param name="files">The generated sources.</param>
    /// <param name="repositoryRoot">The repository, for the project references.</param>
    /// <param name="rounds">Measured rounds (after one warm-up).</param>
    /// <returns>Median build times without and with the analyzer, in milliseconds.</returns>
    public static (double Without, double With) Run(List<(string Name, string Text)> files, string repositoryRoot, int rounds)
    {
        string scratch = Path.Combine(Path.GetTempPath(), "minix-analyzer-bench");
        if (Directory.Exists(scratch))
            Directory.Delete(scratch, recursive: true);
        string plain = Write(Path.Combine(scratch, "Plain"), files, repositoryRoot, analyzer: false);
        string analyzed = Write(Path.Combine(scratch, "Analyzed"), files, repositoryRoot, analyzer: true);
        Dotnet("build", plain, "-c", "Release", "-nologo", "-v:q");
        Dotnet("build", analyzed, "-c", "Release", "-nologo", "-v:q");

        var without = new List<double>();
        var with = new List<double>();
        for (int round = -1; round < rounds; round++)
        {
            double a = Time(plain);
            double b = Time(analyzed);
            if (round < 0)
                continue;
            without.Add(a);
            with.Add(b);
        }

        return (Median(without), Median(with));
    }

    private static double Time(string project)
    {
        File.SetLastWriteTimeUtc(Path.Combine(Path.GetDirectoryName(project)!, "Driver0.cs"), System.DateTime.UtcNow);
        var stopwatch = Stopwatch.StartNew();
        Dotnet("build", project, "-c", "Release", "-nologo", "-v:q", "--no-restore", "--no-dependencies");
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static string Write(string directory, List<(string Name, string Text)> files, string root, bool analyzer)
    {
        Directory.CreateDirectory(directory);
        foreach ((string name, string text) in files)
            File.WriteAllText(Path.Combine(directory, name), text);
        string libs = Path.Combine(root, "libs");
        // The analyzer as a package delivers it: a DLL handed to the compiler (no extra project to evaluate).
        string analyzerReference = analyzer
            ? $"    <Analyzer Include=\"{typeof(Minix.DriverKit.Analyzers.RuleIds).Assembly.Location}\" />\n"
            : "";
        string project = Path.Combine(directory, "Generated.csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <AllowUnsafeBlocks>true</AllowUnsafeBlocks>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{libs}/Minix.Ipc/Minix.Ipc.csproj" />
                <ProjectReference Include="{libs}/Minix.Kernel/Minix.Kernel.csproj" />
                <ProjectReference Include="{libs}/Minix.DriverKit/Minix.DriverKit.csproj" />
            {analyzerReference}  </ItemGroup>
            </Project>
            """);
        return project;
    }

    private static void Dotnet(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new System.InvalidOperationException("dotnet " + string.Join(" ", arguments) + " failed:\n" + output);
    }

    /// <summary>The median of some timings.</summary>
    /// <param name="values">The timings.</param>
    /// <returns>Their median.</returns>
    public static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
