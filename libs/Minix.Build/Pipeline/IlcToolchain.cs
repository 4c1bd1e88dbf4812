namespace Minix.Build.Pipeline;

/// <summary>
/// The NativeAOT compiler Minix.Build is pinned to. Its runtime-helper contract changes between versions, so any
/// other version is refused before it can produce objects that link against the wrong helpers.
/// </summary>
public sealed class IlcToolchain
{
    /// <summary>The one ILC version Minix.Runtime's helpers match.</summary>
    public const string PinnedVersion = "10.0.14";

    /// <summary>The NuGet package that carries ILC for a linux-x64 host.</summary>
    public const string PackageId = "runtime.linux-x64.microsoft.dotnet.ilcompiler";

    private IlcToolchain(string path, string version)
    {
        IlcPath = path;
        Version = version;
    }

    /// <summary>The ilc executable.</summary>
    public string IlcPath { get; }

    /// <summary>The version it reported.</summary>
    public string Version { get; }

    /// <summary>The default location: the pinned package in the NuGet cache (restore puts it there).</summary>
    /// <returns>The path of ilc.</returns>
    public static string DefaultPath()
    {
        string root = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } custom
            ? custom
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return Path.Combine(root, PackageId, PinnedVersion, "tools", "ilc");
    }

    /// <summary>Finds ILC and checks its version.</summary>
    /// <param name="ilcPath">An explicit ilc path, or null for <see cref="DefaultPath"/>.</param>
    /// <returns>The checked toolchain.</returns>
    /// <exception cref="ToolchainException">ILC is missing or is not version <see cref="PinnedVersion"/>.</exception>
    public static IlcToolchain Locate(string? ilcPath = null)
    {
        string path = ilcPath ?? DefaultPath();
        if (!File.Exists(path))
        {
            throw new ToolchainException("ilc-missing",
                $"ILC not found at {path}. Restore a project with <PackageDownload Include=\"{PackageId}\" Version=\"[{PinnedVersion}]\" /> (Minix.Build's own project does).");
        }

        var result = ProcessRunner.Run(path, new[] { "--version" });
        string version = result.Output.Trim();
        string number = version.Split('+', ' ', '-')[0];
        if (result.ExitCode != 0 || number != PinnedVersion)
        {
            throw new ToolchainException("ilc-version",
                $"ILC at {path} reports version '{version}', but Minix.Build is pinned to ILC {PinnedVersion}: Minix.Runtime implements that version's runtime-helper contract, which changes between versions. Use the {PackageId} {PinnedVersion} package.");
        }

        return new IlcToolchain(path, version);
    }
}
