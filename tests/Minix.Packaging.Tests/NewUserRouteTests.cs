using Minix.Tutorials;
using Xunit.Abstractions;

namespace Minix.Packaging.Tests;

/// <summary>
/// The route a new user takes, from an empty folder, with nothing but the packages `dotnet pack` made (a local
/// folder feed) and the public registry. The route is the tutorial docs/tutorials/first-driver.md: this test runs
/// the blocks the page marks (tutorial-step commands, tutorial-file and tutorial-edit files, tutorial-expect output)
/// in page order, so the page and a route that works cannot drift apart. The page installs the templates, makes a
/// driver and its tests, runs `dotnet test`, makes an image, adds the driver, runs `dotnet build`, installs the
/// `minix` tool from the feed and boots the image in QEMU. The package folder and the dotnet home (where templates
/// and tools go) are the test's own, so nothing cached from earlier builds of this repository can stand in for what
/// the packages really carry, and nothing lands in the user's own template list.
/// </summary>
[Collection(PacksCollection.Name)]
public class NewUserRouteTests(PackFixture pack, ITestOutputHelper output)
{
    /// <summary>The tutorial this test follows, relative to the repository root.</summary>
    public const string TutorialPage = "docs/tutorials/first-driver.md";

    /// <summary>The variable through which the page names the folder the packages are in.</summary>
    public const string PackagesVariable = "MINIX_PACKAGES";

    private const string QemuExecutable = "qemu-system-x86_64";

    [Fact]
    [Trait("Needs", "qemu")]
    [Trait("Needs", "ilc")]
    public void The_first_driver_tutorial_followed_from_an_empty_folder_ends_with_a_driver_that_boots_in_the_image()
    {
        Assert.True(pack.ExitCode == 0, pack.Log);
        Assert.True(FindOnPath(QemuExecutable), $"{QemuExecutable} is not installed; the tutorial boots the image (Debian: apt-get install qemu-system-x86)");
        TutorialScript script = TutorialScript.Parse(TutorialPage, File.ReadAllText(Path.Combine(RepositoryRoot.Path, TutorialPage)));
        Assert.True(script.Errors.Count == 0, string.Join("\n", script.Errors));

        string root = Directory.CreateTempSubdirectory("minix-new-user-").FullName;
        try
        {
            string work = Directory.CreateDirectory(Path.Combine(root, "work")).FullName;
            var shell = new Commands(Path.Combine(root, "packages"), output.WriteLine, new Dictionary<string, string>
            {
                [PackagesVariable] = pack.Output,
                ["DOTNET_CLI_HOME"] = Path.Combine(root, "home"),
            });
            var ran = TutorialFollower.Follow(TutorialPage, script, work, shell, output.WriteLine);

            // What the route must have achieved, however the page words it.
            Assert.True(File.Exists(Path.Combine(work, "MyDriver", "system.conf")));
            Assert.Contains("EntryPoint = \"mydriver_main\"", File.ReadAllText(Path.Combine(work, "MyDriver", "Image", "Entry.cs")));

            Commands.Result test = TutorialFollower.Single(ran, "dotnet test");
            Assert.Contains("Passed!", test.Output);
            Assert.Empty(test.Warnings);

            Commands.Result build = TutorialFollower.Single(ran, "dotnet build");
            Assert.Empty(build.Warnings);
            string images = Path.Combine(work, "MyImage", "obj", "minix-image", "Debug");
            Assert.True(File.Exists(Path.Combine(images, "minix.elf")), "dotnet build wrote no image:\n" + build.Output);
            Assert.True(File.Exists(Path.Combine(images, "minix.img")));

            // The driver greets COM2, which the image project sends to a file.
            Commands.Result boot = TutorialFollower.Single(ran, "dotnet minix boot");
            Assert.Contains("rs: supervising 3 services", boot.Output);
            Assert.Contains("mydriver: ready", boot.Output);
            Assert.Equal("Hello from mydriver\r\n", File.ReadAllText(Path.Combine(work, "MyImage", "obj", "com2.out")));

            // `dotnet run` of the image project boots the same image (stopped once the driver is ready: the system runs for ever).
            string run = shell.RunUntil(work, "mydriver: ready", TimeSpan.FromMinutes(3), "dotnet", "run", "--project", "MyImage");
            Assert.Contains("rs: supervising 3 services", run);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static bool FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => d.Length > 0 && File.Exists(Path.Combine(d, program)));
}
