using System.Diagnostics;
using Xunit;

namespace Minix.Tutorials;

/// <summary>
/// Runs commands the way a user at a shell would, in an environment of the test's choosing: its own NuGet package
/// folder if it names one (so nothing cached from this repository's builds stands in for what packages carry), the
/// variables it is given, and none of the MSBuild settings the test host would otherwise pass down to child builds.
/// </summary>
internal sealed class Commands(string? packages, Action<string> log, IReadOnlyDictionary<string, string>? environment = null)
{
    /// <summary>What a command did.</summary>
    public sealed record Result(int ExitCode, string Output)
    {
        /// <summary>Lines of the output that are build warnings.</summary>
        public IReadOnlyList<string> Warnings => Output.Split('\n').Where(l => l.Contains(" warning ", StringComparison.Ordinal)).Distinct().ToList();
    }

    /// <summary>Runs <paramref name="program"/> in <paramref name="directory"/> and fails the test unless it exits 0.</summary>
    public Result Run(string directory, string program, params string[] arguments)
    {
        Result result = TryRun(directory, program, arguments);
        Assert.True(result.ExitCode == 0, $"`{program} {string.Join(' ', arguments)}` exited {result.ExitCode}:\n{result.Output}");
        return result;
    }

    /// <summary>Runs one command line through <c>/bin/sh</c>, as typed at a shell, and fails the test unless it exits <paramref name="exitCode"/>.</summary>
    public Result RunShell(string directory, string commandLine, int exitCode = 0)
    {
        Result result = TryRun(directory, "/bin/sh", "-c", commandLine);
        Assert.True(result.ExitCode == exitCode, $"`{commandLine}` exited {result.ExitCode}, not {exitCode}:\n{result.Output}");
        return result;
    }

    /// <summary>Runs <paramref name="program"/> in <paramref name="directory"/>.</summary>
    public Result TryRun(string directory, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (string inherited in new[] { "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly", "VSTEST_HOST_DEBUG" })
            start.Environment.Remove(inherited);
        if (packages is not null)
            start.Environment["NUGET_PACKAGES"] = packages;
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;

        var clock = Stopwatch.StartNew();
        using Process process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        log($"{clock.Elapsed.TotalSeconds,5:F1} s  {Path.GetFileName(program)} {string.Join(' ', arguments)}  -> {process.ExitCode}");
        return new Result(process.ExitCode, output + error.Result);
    }
}
