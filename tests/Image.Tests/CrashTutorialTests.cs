using Minix.Tutorials;
using Xunit.Abstractions;

namespace Image.Tests;

/// <summary>
/// The tutorial docs/tutorials/crash-and-restart.md, followed as written from the repository root: its marked
/// commands boot the sample image with a null dereference in the printer driver, in user mode and placed in the
/// kernel, and the transcripts it shows must be what the boots print. The page cannot drift from the system.
/// </summary>
public class CrashTutorialTests(ITestOutputHelper output)
{
    /// <summary>The tutorial, relative to the repository root.</summary>
    public const string TutorialPage = "docs/tutorials/crash-and-restart.md";

    [Fact]
    public void The_crash_and_restart_tutorial_followed_as_written_shows_what_the_system_prints()
    {
        var ran = BootTutorial.Follow(TutorialPage, output);

        // What the page's argument rests on, however it words it: user mode recovers, kernel placement panics.
        Commands.Result user = ran.Single(r => r.Step.Text.Contains("lpr.misbehave=null", StringComparison.Ordinal) && !r.Step.Text.Contains("--kernel-placed", StringComparison.Ordinal)).Result;
        Assert.Contains("rs: printer is back as endpoint 8/1 (restart 1)", user.Output);
        Assert.Contains("minix: the guest stopped with status 0", user.Output);
        Commands.Result kernel = ran.Single(r => r.Step.Text.Contains("--kernel-placed printer", StringComparison.Ordinal)).Result;
        Assert.Contains("kernel panic: page fault in ring 0", kernel.Output);
    }
}
