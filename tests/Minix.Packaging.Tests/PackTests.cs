using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Minix.Packaging.Tests;

/// <summary>The tests that read the packages: they share one pack.</summary>
[CollectionDefinition(Name)]
public sealed class PacksCollection : ICollectionFixture<PackFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "packs";
}

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
        // Not while another test process restores the repository's projects for a dotnet home of its own.
        (Log, ExitCode) = Minix.Tutorials.RestoreLock.Hold(RepositoryRoot.Path, () =>
        {
            using Process process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (output + error.Result, process.ExitCode);
        });
    }

    public string Output { get; }

    /// <summary>The package file of <paramref name="id"/>.</summary>
    public string Package(string id) =>
        Directory.GetFiles(Output, "*.nupkg").Single(f => Regex.IsMatch(Path.GetFileName(f), "^" + Regex.Escape(id) + @"\.\d"));

    public string Log { get; }

    public int ExitCode { get; }

    public void Dispose() => Directory.Delete(Output, recursive: true);
}

[Collection(PacksCollection.Name)]
public class PackTests(PackFixture pack)
{
    public static TheoryData<string> Libraries => new() { "Minix.Ipc", "Minix.Kernel", "Minix.DriverKit", "Minix.Posix", "Minix.Servers", "Minix.Build" };

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

    public static TheoryData<string> ImageLibraries => new() { "Minix.Ipc", "Minix.Kernel", "Minix.DriverKit", "Minix.Posix", "Minix.Servers" };

    [Theory]
    [MemberData(nameof(ImageLibraries))]
    public void Each_library_an_image_runs_carries_its_image_build_and_the_props_that_name_it(string id)
    {
        using ZipArchive zip = ZipFile.OpenRead(pack.Package(id));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains($"image/{id}.dll", names);
        Assert.Contains($"build/{id}.props", names);
        Assert.Contains($"buildTransitive/{id}.props", names);
        using var props = new StreamReader(zip.GetEntry($"buildTransitive/{id}.props")!.Open());
        Assert.Contains($"<MinixImageReference Include=\"$(MSBuildThisFileDirectory)../image/{id}.dll\"", props.ReadToEnd());

        // The image build references Minix.Runtime, not .NET's core library.
        using var image = new MemoryStream();
        zip.GetEntry($"image/{id}.dll")!.Open().CopyTo(image);
        image.Position = 0;
        using var reader = new System.Reflection.PortableExecutable.PEReader(image);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader);
        var references = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
        Assert.Contains("Minix.Runtime", references);
        Assert.DoesNotContain("System.Runtime", references);
    }

    [Fact]
    public void Minix_Build_carries_its_msbuild_tasks_next_to_what_they_load_and_the_image_runtime()
    {
        using ZipArchive zip = ZipFile.OpenRead(pack.Package("Minix.Build"));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        foreach (string file in new[] { "Minix.Build.dll", "Minix.Kernel.dll", "Minix.Ipc.dll", "Iced.dll", "Minix.Servers.dll", "Minix.DriverKit.dll", "Minix.Posix.dll" })
            Assert.Contains("tasks/net10.0/" + file, names);
        Assert.Contains("build/Minix.Build.targets", names);
        Assert.Contains("build/Minix.Build.Inject.targets", names);
        Assert.Contains("runtime/Minix.Runtime.dll", names);
    }

    [Fact]
    public void The_template_package_holds_the_four_templates_with_every_version_filled_in()
    {
        using ZipArchive zip = ZipFile.OpenRead(pack.Package("Minix.Templates"));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        foreach (string template in new[] { "Driver", "DriverTests", "Image", "Program" })
            Assert.Contains($"content/{template}/.template.config/template.json", names);
        using Stream nuspecStream = zip.GetEntry("Minix.Templates.nuspec")!.Open();
        XElement metadata = XDocument.Load(nuspecStream).Root!.Elements().First(e => e.Name.LocalName == "metadata");
        XElement types = metadata.Elements().Single(e => e.Name.LocalName == "packageTypes");
        Assert.Equal("Template", types.Elements().Single().Attribute("name")?.Value);
        foreach (ZipArchiveEntry project in zip.Entries.Where(e => e.FullName.EndsWith(".csproj", StringComparison.Ordinal)))
        {
            using var text = new StreamReader(project.Open());
            string content = text.ReadToEnd();
            Assert.DoesNotMatch("[A-Z_]+_VERSION", content);
            Assert.DoesNotContain("Version=\"\"", content);
        }
    }
}
