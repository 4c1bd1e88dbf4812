using System.IO.Compression;
using Minix.Build.Imaging;

namespace Minix.Build.Tests;

/// <summary>Reading an image project: what it says comes from its packages too, even before its first restore.</summary>
public sealed class ImageProjectTests
{
    [Fact]
    [Trait("Needs", "restore")]
    public void A_project_never_restored_is_restored_first_so_its_packages_can_name_the_kernel()
    {
        string root = Directory.CreateTempSubdirectory("minix-never-restored-").FullName;
        try
        {
            // A package whose props name the kernel's image assembly, as Minix.Kernel's do; on a local feed only.
            string feed = Directory.CreateDirectory(Path.Combine(root, "feed")).FullName;
            using (ZipArchive package = ZipFile.Open(Path.Combine(feed, "Fake.Kernel.1.0.0.nupkg"), ZipArchiveMode.Create))
            {
                Write(package, "Fake.Kernel.nuspec", """
                    <?xml version="1.0" encoding="utf-8"?>
                    <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
                      <metadata><id>Fake.Kernel</id><version>1.0.0</version><authors>test</authors><description>A kernel image.</description></metadata>
                    </package>
                    """);
                Write(package, "build/Fake.Kernel.props", """
                    <Project>
                      <PropertyGroup><MinixKernelImage>$(MSBuildThisFileDirectory)../image/Fake.Kernel.dll</MinixKernelImage></PropertyGroup>
                    </Project>
                    """);
            }

            string folder = Directory.CreateDirectory(Path.Combine(root, "MyImage")).FullName;
            File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
                <configuration><packageSources><clear /><add key="feed" value="{feed}" /></packageSources></configuration>
                """);
            File.WriteAllText(Path.Combine(folder, "system.conf"), "service mydriver { };\n");
            string project = Path.Combine(folder, "MyImage.csproj");
            File.WriteAllText(project, $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <RestorePackagesPath>{Path.Combine(root, "packages")}</RestorePackagesPath>
                    <MinixSystemConf>system.conf</MinixSystemConf>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Fake.Kernel" Version="1.0.0" />
                    <MinixProcess Include="../MyDriver/MyDriver.csproj" Name="mydriver" Slot="8" Entry="mydriver_main" />
                  </ItemGroup>
                </Project>
                """);
            var steps = new StepRecorder();

            ImageProject.Contents contents = ImageProject.Read(project, progress: steps);

            Assert.EndsWith(Path.Combine("fake.kernel", "1.0.0", "image", "Fake.Kernel.dll"), contents.Spec.KernelProject, StringComparison.Ordinal);
            Assert.Equal(["restore MyImage.csproj done"], steps.Lines);

            // Restored now: the next read does not restore again.
            steps.Lines.Clear();
            ImageProject.Read(project, progress: steps);
            Assert.Empty(steps.Lines);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Progress_lines_name_the_step_and_end_with_its_time_or_that_it_was_up_to_date()
    {
        var text = new StringWriter();
        var progress = new ImageBuildProgressWriter(text);
        var ilc = new ImageBuildStep("ilc", "rs, log, ds", "Minix.Servers");
        var link = new ImageBuildStep("link", "kernel and 11 processes");

        progress.Started(ilc);
        progress.Finished(ilc, TimeSpan.FromSeconds(12.34), upToDate: false);
        progress.Started(link);
        progress.Finished(link, TimeSpan.FromSeconds(0.04), upToDate: true);

        Assert.Equal(
            "minix:   ilc      rs, log, ds (Minix.Servers) ... 12.3 s\n" +
            "minix:   link     kernel and 11 processes ... up to date (0.0 s)\n",
            text.ToString().ReplaceLineEndings("\n"));
    }

    private static void Write(ZipArchive package, string name, string text)
    {
        using var writer = new StreamWriter(package.CreateEntry(name).Open());
        writer.Write(text);
    }

    private sealed class StepRecorder : IImageBuildProgress
    {
        public List<string> Lines { get; } = [];

        public void Started(ImageBuildStep step)
        {
        }

        public void Finished(ImageBuildStep step, TimeSpan elapsed, bool upToDate) => Lines.Add($"{step.Action} {step.Subject} {(upToDate ? "up to date" : "done")}");

        public void Failed(ImageBuildStep step, TimeSpan elapsed) => Lines.Add($"{step.Action} {step.Subject} failed");
    }
}
