using System.Text.RegularExpressions;
using Minix.Tutorials;
using Xunit.Abstractions;

namespace Image.Tests;

/// <summary>
/// Building and booting an image project as a user does, from the repository root: `minix image` shows every step
/// with its time and, when nothing changed, links nothing; `dotnet build` of the sample image project writes the image
/// and `dotnet run` boots it.
/// </summary>
public partial class ImageBuildToolTests(ITestOutputHelper output)
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private Commands Shell => new(null, output.WriteLine);

    [Fact]
    public void Minix_image_shows_each_process_as_it_compiles_with_its_time_and_a_second_run_links_nothing()
    {
        string image = RepositoryRoot.Combine("tests", "Image.Calls", "obj", "minix-image", "Release", "minix.elf");
        var (first, second, firstWritten) = ImageBuilds.Exclusive(() =>
        {
            Commands.Result first = Minix("image", "tests/Image.Calls");
            DateTime written = File.GetLastWriteTimeUtc(image);
            return (first, Minix("image", "tests/Image.Calls"), written);
        });

        Assert.True(first.ExitCode == 0, first.Output);
        foreach (string step in new[] { "compile  kernel (Minix.Kernel)", "ilc      kernel (Minix.Kernel)", "compile  manager, uart, ordinary, granter, grantee, info, alarm, userprog (Image.Programs)", "ilc      manager, uart, ordinary, granter, grantee, info, alarm, userprog (Image.Programs)", "link     kernel and 8 processes" })
            Assert.True(Regex.IsMatch(first.Output, @"(?m)^minix:   " + Regex.Escape(step) + @" \.\.\. (up to date \()?\d+\.\d s\)?$"), $"no progress line for {step}:\n{first.Output}");

        Assert.True(second.ExitCode == 0, second.Output);
        foreach (string line in new[] { @"minix:   ilc      kernel \(Minix.Kernel\) \.\.\. up to date \(\d+\.\d s\)", @"minix:   link     kernel and 8 processes \.\.\. up to date \(\d+\.\d s\)", @"minix: nothing changed in \d+\.\d s" })
            Assert.True(Regex.IsMatch(second.Output, "(?m)^" + line + "$"), $"the second run printed no line like {line}:\n{second.Output}");
        Assert.Equal(firstWritten, File.GetLastWriteTimeUtc(image));
    }

    [Fact]
    public void Dotnet_build_of_the_sample_image_project_writes_the_image_and_dotnet_run_boots_it()
    {
        Qemu.RequireInstalled();
        string image = RepositoryRoot.Combine("samples", "DriverImage", "obj", "minix-image", Configuration, "minix.elf");
        var (build, run) = ImageBuilds.Exclusive(() =>
        {
            Commands.Result build = Shell.TryRun(RepositoryRoot.Path, "dotnet", "build", "samples/DriverImage", "-c", Configuration);
            return (build, Shell.TryRun(RepositoryRoot.Path, "dotnet", "run", "--project", "samples/DriverImage", "-c", Configuration, "--no-build"));
        });

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Matches(@"(?m)^\s*minix:   link     kernel and 13 processes \.\.\. ", build.Output);
        Assert.True(File.Exists(image), "dotnet build wrote no image:\n" + build.Output);
        Assert.Contains("log: lpr: done, 256 bytes, 0 retries", run.Output);
        Assert.Contains("kernel: shutdown requested by rs, status 0", run.Output);
        // QEMU's debug-exit device ends it with the guest's status * 2 + 1.
        Assert.True(run.ExitCode == 1, run.Output);
    }

    private Commands.Result Minix(params string[] arguments) =>
        Shell.TryRun(RepositoryRoot.Path, "dotnet", ["run", "--project", "tools/minix", "-c", Configuration, "--", .. arguments]);
}
