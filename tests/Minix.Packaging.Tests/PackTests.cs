using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Minix.Packaging.Tests;

/// <summary>
/// Runs the README's pack command once, from the outputs the test build already made (no second build racing
/// other test projects), and inspects what it produced.
/// </summary>
public sealed class PackFixture : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public PackFixture()
    {
        Output = Directory.CreateTempSubdirectory("minix-pack-").FullName;
        var start = new ProcessStartInfo("dotnet", ["pack", Path.Combine(RepositoryRoot.Path, "Minix.slnx"), "-c", Configuration, "--no-build", "-o", Output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process process = Process.Start(start)!;
        Log = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        ExitCode = process.ExitCode;
    }

    public string Output { get; }

    public string Log { get; }

    public int ExitCode { get; }

    public void Dispose() => Directory.Delete(Output, recursive: true);
}

public class PackTests(PackFixture pack) : IClassFixture<PackFixture>
{
    public static TheoryData<string> Libraries => new() { "Minix.Ipc", "Minix.Kernel", "Minix.DriverKit", "Minix.Servers", "Minix.Build" };

    [Fact]
    public void Pack_succeeds_without_warnings()
    {
        Assert.True(pack.ExitCode == 0, pack.Log);
        Assert.DoesNotContain("warning", pack.Log, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Each_library_has_one_package_with_readme_licence_and_repository(string id)
    {
        string package = Assert.Single(Directory.GetFiles(pack.Output, "*.nupkg"), f => Regex.IsMatch(Path.GetFileName(f), "^" + Regex.Escape(id) + @"\.\d"));
        using ZipArchive zip = ZipFile.OpenRead(package);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("README.md", names);
        Assert.Contains(names, n => n == $"lib/net10.0/{id}.dll");
        Assert.Contains(names, n => n == $"lib/net10.0/{id}.xml");

        using Stream nuspecStream = zip.GetEntry(id + ".nuspec")!.Open();
        XElement metadata = XDocument.Load(nuspecStream).Root!.Elements().First(e => e.Name.LocalName == "metadata");
        string Field(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value ?? "";
        XElement? Element(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name);

        Assert.Equal("MIT", Field("license"));
        Assert.Equal("README.md", Field("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Field("description")));
        XElement repository = Element("repository") ?? throw new Xunit.Sdk.XunitException("no <repository> in " + id);
        Assert.StartsWith("https://", repository.Attribute("url")?.Value);
        Assert.Equal("0.1.0", Field("version"));
    }
}
