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
        var clock = Stopwatch.StartNew();
        using Process process = Process.Start(Start(directory, program, arguments))!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        log($"{clock.Elapsed.TotalSeconds,5:F1} s  {Path.GetFileName(program)} {string.Join(' ', arguments)}  -> {process.ExitCode}");
        return new Result(process.ExitCode, output + error.Result);
    }

    /// <summary>
    /// Runs <paramref name="program"/> until a line of its output contains <paramref name="line"/>, then stops it and
    /// everything it started (a booted system that runs for ever); fails the test if the line does not come in time.
    /// </summary>
    public string RunUntil(string directory, string line, TimeSpan timeout, string program, params string[] arguments)
    {
        var clock = Stopwatch.StartNew();
        var output = new System.Text.StringBuilder();
        using var seen = new ManualResetEventSlim();
        using Process process = new() { StartInfo = Start(directory, program, arguments) };
        DataReceivedEventHandler collect = (_, e) =>
        {
            if (e.Data is null)
                return;
            lock (output)
                output.Append(e.Data).Append('\n');
            if (e.Data.Contains(line, StringComparison.Ordinal))
                seen.Set();
        };
        process.OutputDataReceived += collect;
        process.ErrorDataReceived += collect;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        while (!seen.IsSet && !process.HasExited && clock.Elapsed < timeout)
            seen.Wait(TimeSpan.FromMilliseconds(200));
        bool found = seen.IsSet;
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.WaitForExit();
        log($"{clock.Elapsed.TotalSeconds,5:F1} s  {Path.GetFileName(program)} {string.Join(' ', arguments)}  -> {(found ? "saw \"" + line + "\"" : "did not see \"" + line + "\"")}");
        string text;
        lock (output)
            text = output.ToString();
        Assert.True(found, $"`{program} {string.Join(' ', arguments)}` did not print \"{line}\" within {timeout.TotalSeconds} s:\n{text}");
        return text;
    }

    private ProcessStartInfo Start(string directory, string program, string[] arguments)
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
        return start;
    }
}
