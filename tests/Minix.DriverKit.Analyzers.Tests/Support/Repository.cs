using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;

namespace Minix.DriverKit.Analyzers.Tests;

/// <summary>The repository these tests run in, and a way to build its projects the way a user would.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration this test assembly was built in; project builds use the same, so they reuse its outputs.</summary>
    public const string Configuration =
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    public static string PathOf(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    /// <summary>
    /// Runs <c>dotnet build</c> on a project whose dependencies this test assembly already built, after removing the
    /// project's own compiled assembly so the compiler (and the analyzer) really runs. Returns the exit code and the
    /// distinct diagnostics printed.
    /// </summary>
    public static (int ExitCode, List<string> Diagnostics, string Output) Build(string project, params string[] properties)
    {
        string directory = Path.GetDirectoryName(project)!;
        string name = Path.GetFileNameWithoutExtension(project);
        string intermediate = Path.Combine(directory, "obj", Configuration, "net10.0", name + ".dll");
        if (File.Exists(intermediate))
            File.Delete(intermediate);
        var arguments = new List<string> { "build", project, "-c", Configuration, "--no-dependencies", "-nologo", "-clp:NoSummary" };
        foreach (string property in properties)
            arguments.Add("-p:" + property);
        (int exit, string output) = Run(arguments);
        return (exit, Diagnostics(output), output);
    }

    /// <summary>The distinct diagnostics a build printed, as <c>File.cs(line,column): warning ID</c>, in file and line order.</summary>
    public static List<string> Diagnostics(string output)
    {
        var found = new List<(string File, int Line, int Column, string Text)>();
        foreach (Match match in Regex.Matches(output, @"^(?<file>[^\s(][^(]*)\((?<line>\d+),(?<column>\d+)\): (?<kind>warning|error) (?<id>\w+):", RegexOptions.Multiline))
        {
            string text = Path.GetFileName(match.Groups["file"].Value) + "(" + match.Groups["line"].Value + "," + match.Groups["column"].Value + "): " + match.Groups["kind"].Value + " " + match.Groups["id"].Value;
            var entry = (Path.GetFileName(match.Groups["file"].Value), int.Parse(match.Groups["line"].Value), int.Parse(match.Groups["column"].Value), text);
            if (!found.Contains(entry))
                found.Add(entry);
        }

        return found.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).Select(d => d.Text).ToList();
    }

    public static (int ExitCode, string Output) Run(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Root };
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["MSBUILDNOINPROCNODE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(300_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet " + string.Join(" ", arguments) + " did not finish in 5 minutes");
        }

        return (process.ExitCode, output + error.GetAwaiter().GetResult());
    }

    private static string FindRoot()
    {
        for (string? directory = AppContext.BaseDirectory; directory != null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "Minix.slnx")))
                return directory;
        }

        throw new InvalidOperationException("Minix.slnx not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>
/// Tests that start dotnet builds run one at a time, and share the builds the legacy-driver tutorial makes
/// (<see cref="LegacyTutorialRun"/>) instead of making the same ones again.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DotnetBuilds : ICollectionFixture<LegacyTutorialRun>
{
    public const string Name = "dotnet builds";
}
