using System.Text.Json;

namespace Minix.DriverKit.Analyzers.Tests;

[Trait("Needs", "restore")]
[Collection(DotnetBuilds.Name)]
public class PackTests
{
    [Fact]
    public void DriverKit_packs_the_analyzer_and_code_fixes_under_analyzers_dotnet_cs_and_its_props_under_build()
    {
        (int exit, string output) = Repository.Run(new[]
        {
            "msbuild", Repository.PathOf("libs", "Minix.DriverKit", "Minix.DriverKit.csproj"), "-nologo",
            "-t:_AddMinixAnalyzersToPackage", "-p:Configuration=" + Repository.Configuration, "-p:TargetFramework=net10.0",
            "-getItem:TfmSpecificPackageFile", "-getItem:None",
        });
        Assert.True(exit == 0, output);

        using JsonDocument json = JsonDocument.Parse(output.Substring(output.IndexOf('{')));
        JsonElement items = json.RootElement.GetProperty("Items");
        var packed = items.GetProperty("TfmSpecificPackageFile").EnumerateArray()
            .Select(i => (File: Path.GetFileName(i.GetProperty("FullPath").GetString()!), Path: i.GetProperty("PackagePath").GetString() ?? "", Exists: File.Exists(i.GetProperty("FullPath").GetString())))
            .OrderBy(i => i.File)
            .ToList();
        Assert.Equal(
            new[] { ("Minix.DriverKit.Analyzers.dll", "analyzers/dotnet/cs/", true), ("Minix.DriverKit.CodeFixes.dll", "analyzers/dotnet/cs/", true) },
            packed.Select(p => (p.File, p.Path, p.Exists)).ToArray());

        JsonElement props = items.GetProperty("None").EnumerateArray().Single(i => i.GetProperty("Filename").GetString() == "Minix.DriverKit");
        Assert.Equal("true", props.GetProperty("Pack").GetString());
        Assert.Equal("build/Minix.DriverKit.props;buildTransitive/Minix.DriverKit.props", props.GetProperty("PackagePath").GetString());
    }
}
