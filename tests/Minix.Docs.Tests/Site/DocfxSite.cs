using System.Diagnostics;
using System.IO;

namespace Minix.Docs.Tests.Site;

/// <summary>
/// The documentation site built for real, once for the tests that read it: the DocFX the repository pins
/// (.config/dotnet-tools.json) runs <c>docfx docs/docfx.json --warningsAsErrors</c>, which reads the libraries' API
/// (metadata) and builds every page into docs/_site. docfx.json names no external cross-reference map, so the build
/// needs no network beyond restoring the tool.
/// </summary>
public sealed class DocfxSite
{
    private static readonly Lazy<DocfxSite> Shared = new(() => new DocfxSite());

    private DocfxSite()
    {
        RepoRoot = Checks.RepoPaths.Root;
        SiteRoot = Path.Combine(RepoRoot, "docs", "_site");
        var clock = Stopwatch.StartNew();
        (int restore, string restoreLog) = Dotnet("tool", "restore");
        (ExitCode, Log) = restore != 0
            ? (restore, "dotnet tool restore failed:\n" + restoreLog)
            : Dotnet("docfx", Path.Combine("docs", "docfx.json"), "--warningsAsErrors");
        Elapsed = clock.Elapsed;
    }

    /// <summary>The one build.</summary>
    public static DocfxSite Instance => Shared.Value;

    /// <summary>The repository root.</summary>
    public string RepoRoot { get; }

    /// <summary>docs/_site.</summary>
    public string SiteRoot { get; }

    /// <summary>DocFX's exit code (or the tool restore's, if that failed).</summary>
    public int ExitCode { get; }

    /// <summary>What DocFX printed.</summary>
    public string Log { get; }

    /// <summary>How long the build took.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Fails the test unless the site was built.</summary>
    public void RequireBuilt() => Assert.True(ExitCode == 0 && File.Exists(Path.Combine(SiteRoot, "index.html")), $"DocFX did not build the site (exit {ExitCode}):\n{Log}");

    private (int ExitCode, string Output) Dotnet(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepoRoot, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        // DocFX's metadata step evaluates the libraries with MSBuild: not with the test host's MSBuild settings.
        foreach (string inherited in new[] { "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly" })
            start.Environment.Remove(inherited);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using Process process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
