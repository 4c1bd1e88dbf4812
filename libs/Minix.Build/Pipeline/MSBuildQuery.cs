using System.Text.Json;

namespace Minix.Build.Pipeline;

/// <summary>
/// Runs <c>dotnet msbuild</c> with <c>-getProperty</c>, <c>-getItem</c> or <c>-getTargetResult</c> and reads the
/// answer from a file of its own (<c>-getResultOutputFile</c>): on the console it shares the output with whatever the
/// build prints, a restore's messages or a compiler warning after the JSON.
/// </summary>
internal static class MSBuildQuery
{
    /// <summary>Runs the query.</summary>
    /// <param name="arguments">The msbuild arguments (starting with <c>msbuild</c>).</param>
    /// <param name="outputLine">Told each line msbuild prints as it comes, or null.</param>
    /// <returns>The run (exit code and console output) and the answer, or null when msbuild wrote none.</returns>
    public static (ProcessRunner.Result Run, JsonDocument? Answer) Run(IEnumerable<string> arguments, Action<string>? outputLine = null)
    {
        string file = Path.GetTempFileName();
        try
        {
            var run = ProcessRunner.Run("dotnet", [.. arguments, "-getResultOutputFile:" + file], outputLine: outputLine);
            string text = File.ReadAllText(file);
            return (run, run.ExitCode == 0 && text.TrimStart().StartsWith('{') ? JsonDocument.Parse(text) : null);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
