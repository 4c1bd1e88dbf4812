using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Minix.DriverKit.Analyzers.Tests;

/// <summary>
/// What the test compilations reference: the .NET 10 reference pack restored by this project (PackageDownload, so
/// nothing is fetched while tests run; the NuGet config handed to the testing library has its sources cleared) and
/// the toolkit's own assemblies.
/// </summary>
internal static class TestReferences
{
    public static ReferenceAssemblies Net100 { get; } = new ReferenceAssemblies(
            "net10.0",
            new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"),
            Path.Combine("ref", "net10.0"))
        .WithNuGetConfigFilePath(WriteClearedNuGetConfig());

    public static MetadataReference Kernel { get; } = MetadataReference.CreateFromFile(typeof(Minix.Kernel.KernelInternalAttribute).Assembly.Location);

    public static MetadataReference Ipc { get; } = MetadataReference.CreateFromFile(typeof(Minix.Ipc.Endpoint).Assembly.Location);

    public static MetadataReference DriverKit { get; } = MetadataReference.CreateFromFile(typeof(Minix.DriverKit.DevIo).Assembly.Location);

    public static MetadataReference[] Minix { get; } = { Kernel, Ipc, DriverKit };

    /// <summary>The running host's own framework assemblies (System.*, netstandard) plus any named ones, for compilations built by hand.</summary>
    public static IEnumerable<MetadataReference> HostFramework(params string[] alsoNamed) =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll" || alsoNamed.Contains(Path.GetFileName(p)))
            .Select(p => MetadataReference.CreateFromFile(p));

    private static string WriteClearedNuGetConfig()
    {
        string directory = Path.Combine(Path.GetTempPath(), "minix-analyzer-tests");
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, "nuget.config");
        File.WriteAllText(path, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n  </packageSources>\n</configuration>\n");
        return path;
    }
}
