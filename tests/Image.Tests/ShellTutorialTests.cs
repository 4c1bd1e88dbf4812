using Minix.Tutorials;
using Xunit.Abstractions;

namespace Image.Tests;

/// <summary>
/// The tutorial docs/tutorials/tour-of-the-shell.md, followed as written from the repository root: its marked commands
/// boot the sample system and type command lines at its shell with <c>minix boot --run</c>, and the transcripts it
/// shows must be what the boots print, down to the exit status <c>minix boot</c> passes on.
/// </summary>
public class ShellTutorialTests(ITestOutputHelper output)
{
    /// <summary>The tutorial, relative to the repository root.</summary>
    public const string TutorialPage = "docs/tutorials/tour-of-the-shell.md";

    [Fact]
    public void The_tour_of_the_shell_followed_as_written_shows_what_the_system_prints()
    {
        var ran = BootTutorial.Follow(TutorialPage, output);

        // The run option passes the last command's status on (grep -q finds nothing: 1), after halting the machine.
        Commands.Result last = ran[^1].Result;
        Assert.Equal(1, last.ExitCode);
        Assert.Contains("the last command's status was 1", last.Output);
        Assert.All(ran, r => Assert.Contains("minix: halted after", r.Result.Output));
    }
}
