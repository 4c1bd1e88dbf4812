using Minix.Tutorials;
using Xunit.Abstractions;

namespace Image.Tests;

/// <summary>
/// The tutorial docs/tutorials/look-inside-the-file-system.md, followed as written from the repository root: it makes a
/// disk with <c>minix mkfs</c>, boots the file-system sample image with it as the first IDE disk (one boot), lets the
/// guest's notes program change its files, and reads them back with <c>minix fs</c>; every transcript it shows must be
/// what the commands print. Then util-linux's <c>fsck.minix -f</c>, where installed, must find the disk clean.
/// </summary>
public class FileSystemTutorialTests(ITestOutputHelper output)
{
    /// <summary>The tutorial, relative to the repository root.</summary>
    public const string TutorialPage = "docs/tutorials/look-inside-the-file-system.md";

    /// <summary>The disk the page makes, relative to the repository root.</summary>
    public const string Disk = "samples/FileSystemImage/obj/disk.img";

    [Fact]
    public void Files_the_guest_changes_on_an_mkfs_disk_read_back_on_the_host_as_the_tutorial_shows()
    {
        TutorialScript script = TutorialScript.Parse(TutorialPage, File.ReadAllText(RepositoryRoot.Combine(TutorialPage)));
        var commands = script.Steps.Where(s => s.Kind == TutorialStepKind.Command).Select(s => s.Text).ToList();
        Assert.Single(commands, c => c.Contains(" -- boot ", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.Contains(" -- mkfs ", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.Contains(" -- fs cat ", StringComparison.Ordinal));
        Qemu.RequireInstalled();

        var shell = new Commands(null, output.WriteLine);
        // `minix boot` compiles shared projects the fixtures compile too: not at the same time.
        var ran = ImageBuilds.Exclusive(() => TutorialFollower.Follow(TutorialPage, script, RepositoryRoot.Path, shell, output.WriteLine));

        // What the page rests on, however it words it: the guest's changes are on the disk the host reads.
        Commands.Result boot = ran.Single(r => r.Step.Text.Contains(" -- boot ", StringComparison.Ordinal)).Result;
        Assert.Contains("notes: umount /mnt: ok", boot.Output);
        Assert.Contains("minix: the guest stopped with status 0", boot.Output);
        Commands.Result cat = ran.Single(r => r.Step.Text.Contains(" -- fs cat ", StringComparison.Ordinal)).Result;
        Assert.EndsWith("This line was written on the host.\na line appended in the guest\n", cat.Output.Replace("\r\n", "\n"), StringComparison.Ordinal);

        string? fsck = new[] { "/sbin/fsck.minix", "/usr/sbin/fsck.minix", "/usr/bin/fsck.minix" }.FirstOrDefault(File.Exists);
        if (fsck is null)
        {
            output.WriteLine("fsck.minix is not installed (Debian: apt-get install util-linux): the disk was not checked by util-linux");
            return;
        }

        Commands.Result check = shell.TryRun(RepositoryRoot.Path, fsck, "-fl", Disk);
        Assert.True(check.ExitCode == 0, $"fsck.minix -fl {Disk} exited {check.ExitCode}:\n{check.Output}");
        Assert.Contains("/guest/hello.txt", check.Output);
        Assert.Contains("/final.txt", check.Output);
        Assert.DoesNotContain("/draft.txt", check.Output);
    }
}
