using System.Diagnostics;

namespace Minix.Build.Pipeline;

/// <summary>Runs a child process to completion, capturing its output.</summary>
public static class ProcessRunner
{
    /// <summary>The outcome of a run.</summary>
    /// <param name="ExitCode">The exit code.</param>
    /// <param name="Output">Standard output.</param>
    /// <param name="Error">Standard error.</param>
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/>.</summary>
    /// <param name="fileName">The program.</param>
    /// <param name="arguments">Its arguments, one per element.</param>
    /// <param name="input">Text for standard input, or null.</param>
    /// <param name="workingDirectory">The working directory, or null.</param>
    /// <param name="outputLine">Told each line of standard output as it comes (on another thread), or null.</param>
    /// <param name="environment">Variables set for the child besides those it inherits, or null.</param>
    /// <returns>The result.</returns>
    public static Result Run(string fileName, IEnumerable<string> arguments, string? input = null, string? workingDirectory = null, Action<string>? outputLine = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        // Child builds must not inherit a parent MSBuild node or test host's settings.
        info.Environment.Remove("MSBuildExtensionsPath");
        info.Environment.Remove("MSBUILD_EXE_PATH");
        info.Environment.Remove("MSBuildSDKsPath");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            info.Environment[name] = value;
        using var process = Process.Start(info) ?? throw new ToolchainException("process", $"could not start {fileName}");
        var output = outputLine is null ? process.StandardOutput.ReadToEndAsync() : ReadLines(process.StandardOutput, outputLine);
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        process.WaitForExit();
        return new Result(process.ExitCode, output.Result, error.Result);
    }

    private static async System.Threading.Tasks.Task<string> ReadLines(StreamReader reader, Action<string> outputLine)
    {
        var all = new System.Text.StringBuilder();
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            all.Append(line).Append('\n');
            outputLine(line);
        }

        return all.ToString();
    }
}
