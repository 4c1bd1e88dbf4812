using Xunit.Abstractions;

namespace Minix.Packaging.Tests;

/// <summary>
/// The route a new user takes, from an empty folder, with nothing but the packages `dotnet pack` made (a local
/// folder feed) and the public registry: install the templates, make a driver and its tests, `dotnet test`, make an
/// image, add the driver, `dotnet build` it, install the `minix` tool from the feed and boot the image in QEMU. The
/// package folder is the test's own, so nothing cached from earlier builds of this repository can stand in for what
/// the packages really carry.
/// </summary>
[Collection(PacksCollection.Name)]
public class NewUserRouteTests(PackFixture pack, ITestOutputHelper output)
{
    private const string QemuExecutable = "qemu-system-x86_64";

    [Fact]
    public void From_an_empty_folder_the_templates_make_a_driver_whose_tests_pass_and_an_image_with_it_that_boots()
    {
        Assert.True(pack.ExitCode == 0, pack.Log);
        string root = Directory.CreateTempSubdirectory("minix-new-user-").FullName;
        try
        {
            string work = Directory.CreateDirectory(Path.Combine(root, "work")).FullName;
            string hive = Path.Combine(root, "templates-hive");
            string tools = Path.Combine(root, "tools");
            var shell = new Commands(Path.Combine(root, "packages"), output.WriteLine);
            WriteNuGetConfig(work, pack.Output);

            // Templates from the package file; `--debug:custom-hive` keeps them out of the user's own template list.
            shell.Run(work, "dotnet", "new", "install", pack.Package("Minix.Templates"), "--debug:custom-hive", hive);
            shell.Run(work, "dotnet", "new", "minix-driver", "-n", "MyDriver", "--debug:custom-hive", hive);
            shell.Run(work, "dotnet", "new", "minix-driver-tests", "-n", "MyDriver.Tests", "--debug:custom-hive", hive);
            Assert.True(File.Exists(Path.Combine(work, "MyDriver", "system.conf")));
            Assert.Contains("EntryPoint = \"mydriver_main\"", File.ReadAllText(Path.Combine(work, "MyDriver", "Image", "Entry.cs")));

            var test = shell.Run(work, "dotnet", "test", "MyDriver.Tests");
            Assert.Contains("Passed!", test.Output);
            Assert.Empty(test.Warnings);

            // The image: the servers from Minix.Servers, plus the driver, added the way the project file's comment shows.
            shell.Run(work, "dotnet", "new", "minix-image", "-n", "MyImage", "--debug:custom-hive", hive);
            string imageProject = Path.Combine(work, "MyImage", "MyImage.csproj");
            string servers = "<MinixProcess Include=\"$(MinixServersImage)\" Name=\"ds\" Slot=\"6\" Entry=\"ds_main\" />";
            Assert.Contains(servers, File.ReadAllText(imageProject));
            File.WriteAllText(imageProject, File.ReadAllText(imageProject).Replace(servers,
                servers + "\n    <MinixProcess Include=\"../MyDriver/MyDriver.csproj\" Name=\"mydriver\" Slot=\"8\" Entry=\"mydriver_main\" />", StringComparison.Ordinal));

            var build = shell.Run(work, "dotnet", "build", "MyImage");
            Assert.Empty(build.Warnings);
            string image = Path.Combine(work, "MyImage", "obj", "minix-image", "Debug", "minix.elf");
            Assert.True(File.Exists(image), "dotnet build wrote no image:\n" + build.Output);
            Assert.True(File.Exists(Path.Combine(work, "MyImage", "obj", "minix-image", "Debug", "minix.img")));

            // The minix tool from the feed boots it; the driver greets COM2, which the image project sends to a file.
            shell.Run(work, "dotnet", "tool", "install", "Minix.Tool", "--tool-path", tools, "--configfile", Path.Combine(work, "nuget.config"));
            Assert.True(FindOnPath(QemuExecutable), $"{QemuExecutable} is not installed; this test boots the image (Debian: apt-get install qemu-system-x86)");
            var boot = shell.Run(work, Path.Combine(tools, "minix"), "boot", "MyImage", "--debug", "--accel", "tcg", "--timeout", "90", "--until", "mydriver: ready");
            Assert.Contains("rs: supervising 3 services", boot.Output);
            Assert.Contains("mydriver: ready", boot.Output);
            Assert.Equal("Hello from mydriver\r\n", File.ReadAllText(Path.Combine(work, "MyImage", "obj", "com2.out")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// The feed and the public registry, with the Minix packages mapped to the feed only, so a package of the same
    /// name elsewhere can never be taken instead.
    /// </summary>
    private static void WriteNuGetConfig(string directory, string feed) => File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="minix" value="{feed}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="minix">
              <package pattern="Minix.*" />
            </packageSource>
            <packageSource key="nuget.org">
              <package pattern="*" />
            </packageSource>
          </packageSourceMapping>
        </configuration>
        """);

    private static bool FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => d.Length > 0 && File.Exists(Path.Combine(d, program)));
}
