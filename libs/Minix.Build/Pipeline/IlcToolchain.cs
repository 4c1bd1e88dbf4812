namespace Minix.Build.Pipeline;

/// <summary>
/// The NativeAOT compiler Minix.Build is pinned to. Its runtime-helper contract changes between versions, so any
/// other version is refused before it can produce objects that link against the wrong helpers.
/// </summary>
public sealed class IlcToolchain
{
    /// <summary>The one ILC version Minix.Runtime's helpers match.</summary>
    public const string PinnedVersion = "10.0.14";

    /// <summary>
    /// The portable runtime identifier of this host (<c>linux-x64</c>, <c>osx-arm64</c>, <c>win-x64</c>...): ILC is a
    /// native program, shipped in one package per host. Whatever the host, it is asked for linux-x64 ELF objects.
    /// </summary>
    public static string HostRuntimeIdentifier { get; } = HostRid();

    /// <summary>The NuGet package (lower-case, as the package folder names it) that carries ILC for this host.</summary>
    public static string PackageId => PackageIdFor(HostRuntimeIdentifier);

    /// <summary>The NuGet package that carries ILC for a host.</summary>
    /// <param name="runtimeIdentifier">The host's portable runtime identifier.</param>
    /// <returns>The package id, lower-case.</returns>
    public static string PackageIdFor(string runtimeIdentifier) => $"runtime.{runtimeIdentifier.ToLowerInvariant()}.microsoft.dotnet.ilcompiler";

    /// <summary>The ilc executable inside a package folder, for this host.</summary>
    /// <param name="packageFolder">The package's version folder.</param>
    /// <returns>The path of ilc.</returns>
    public static string ExecutableIn(string packageFolder) => Path.Combine(packageFolder, "tools", OperatingSystem.IsWindows() ? "ilc.exe" : "ilc");

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
        return ExecutableIn(Path.Combine(root, PackageId, PinnedVersion));
    }

    // The SDK's own portable identifier (NETCoreSdkPortableRuntimeIdentifier), which picks the package the build
    // downloads, rebuilt from the OS and this process's architecture (the SDK's: x64 under Rosetta, not the OS's arm64).
    // RuntimeInformation.RuntimeIdentifier can name a distribution (debian.12-x64) no package has; it is read only
    // to tell musl from glibc.
    private static string HostRid()
    {
        string os = OperatingSystem.IsWindows() ? "win"
            : OperatingSystem.IsMacOS() ? "osx"
            : System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier.Contains("musl", StringComparison.Ordinal) ? "linux-musl"
            : "linux";
        string arch = System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
        return $"{os}-{arch}";
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
