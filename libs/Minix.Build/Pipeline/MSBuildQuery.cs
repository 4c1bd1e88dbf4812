using System.Text.Json;

namespace Minix.Build.Pipeline;

/// <summary>
/// Runs <c>dotnet msbuild</c> with <c>-getProperty</c>, <c>-getItem</c> or <c>-getTargetResult</c> and reads the
/// answer from a file of its own (<c>-getResultOutputFile</c>): on the console it shares the output with whatever the
/// build prints, a restore's messages or a compiler warning after the JSON.
/// </summary>
internal static class MSBuildQuery
{
    // A query's msbuild lives a few seconds: the JIT's profile-guided tier costs more than it earns in that time
    // (an image's compile query took 4.0 s with it and 3.2 s without, on two cores).
    private static readonly Dictionary<string, string> ShortRun = new() { ["DOTNET_TieredPGO"] = "0" };

    /// <summary>Runs the query.</summary>
    /// <param name="arguments">The msbuild arguments (starting with <c>msbuild</c>).</param>
    /// <param name="outputLine">Told each line msbuild prints as it comes (on another thread), or null.</param>
    /// <returns>The run (exit code and console output) and the answer, or null when msbuild wrote none.</returns>
    public static (ProcessRunner.Result Run, JsonDocument? Answer) Run(IEnumerable<string> arguments, Action<string>? outputLine = null)
    {
        string file = Path.GetTempFileName();
        try
        {
            var run = ProcessRunner.Run("dotnet", [.. arguments, "-getResultOutputFile:" + file], outputLine: outputLine, environment: ShortRun);
            string text = File.ReadAllText(file);
            return (run, run.ExitCode == 0 && text.TrimStart().StartsWith('{') ? JsonDocument.Parse(text) : null);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
