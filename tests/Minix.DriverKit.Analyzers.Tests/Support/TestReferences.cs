using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Minix.DriverKit.Analyzers.Tests;

/// <summary>
/// What the test compilations reference: the .NET 10 reference pack restored by this project (PackageDownload, so
/// nothing is fetched while tests run) and the toolkit's own assemblies. Every reference is made once per test run
/// and shared: Roslyn keeps what it read of an assembly with its reference, so the hundred-odd compilations of the
/// analyzer tests read the framework's metadata once instead of once each.
/// </summary>
internal static class TestReferences
{
    private const string RefPackVersion = "10.0.12";

    /// <summary>
    /// The testing library's view of the framework: none of its own, since <see cref="Net100References"/> go in as
    /// additional references (the library would otherwise make new reference objects for every test).
    /// </summary>
    public static ReferenceAssemblies Net100 { get; } = new("net10.0");

    /// <summary>The .NET 10 reference assemblies, one shared reference each.</summary>
    public static IReadOnlyList<MetadataReference> Net100References { get; } = LoadReferencePack();

    public static MetadataReference Kernel { get; } = MetadataReference.CreateFromFile(typeof(Minix.Kernel.KernelInternalAttribute).Assembly.Location);

    public static MetadataReference Ipc { get; } = MetadataReference.CreateFromFile(typeof(Minix.Ipc.Endpoint).Assembly.Location);

    public static MetadataReference DriverKit { get; } = MetadataReference.CreateFromFile(typeof(Minix.DriverKit.DevIo).Assembly.Location);

    public static MetadataReference[] Minix { get; } = { Kernel, Ipc, DriverKit };

    private static readonly Lazy<Dictionary<string, MetadataReference>> HostAssemblies = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .GroupBy(Path.GetFileName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key!, g => (MetadataReference)MetadataReference.CreateFromFile(g.First()), StringComparer.Ordinal));

    /// <summary>The running host's own framework assemblies (System.*, netstandard) plus any named ones, for compilations built by hand.</summary>
    public static IEnumerable<MetadataReference> HostFramework(params string[] alsoNamed) =>
        HostAssemblies.Value.Where(a => a.Key.StartsWith("System.", StringComparison.Ordinal) || a.Key == "netstandard.dll" || alsoNamed.Contains(a.Key)).Select(a => a.Value);

    private static IReadOnlyList<MetadataReference> LoadReferencePack()
    {
        string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } custom
            ? custom
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string folder = Path.Combine(packages, "microsoft.netcore.app.ref", RefPackVersion, "ref", "net10.0");
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"the .NET {RefPackVersion} reference pack is not at {folder}: restore this test project (its PackageDownload brings it)");
        return Directory.GetFiles(folder, "*.dll").Order(StringComparer.Ordinal).Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToList();
    }
}
