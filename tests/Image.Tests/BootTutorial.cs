using Minix.Tutorials;
using Xunit.Abstractions;

namespace Image.Tests;

/// <summary>
/// A tutorial whose marked commands boot images (with <c>minix boot</c>), followed as written from the repository
/// root: the page must mark its boots as tutorial steps and its transcripts as tutorial-expect, and every transcript
/// must be what its boot prints. A test then checks what the page's argument rests on, however it words it.
/// </summary>
internal static class BootTutorial
{
    /// <summary>Reads <paramref name="page"/>, checks its marks and follows it.</summary>
    /// <param name="page">The tutorial, relative to the repository root.</param>
    /// <param name="output">Where the commands' output and the files written are noted.</param>
    /// <returns>Each command with what it did, in page order.</returns>
    public static List<(TutorialStep Step, Commands.Result Result)> Follow(string page, ITestOutputHelper output)
    {
        TutorialScript script = TutorialScript.Parse(page, File.ReadAllText(RepositoryRoot.Combine(page)));
        Assert.True(script.Steps.Count(s => s.Kind == TutorialStepKind.Command) >= 3, "the page should mark its boots as tutorial steps");
        Assert.True(script.Steps.Count(s => s.Kind == TutorialStepKind.Expect) >= 3, "the page should mark its transcripts as tutorial-expect");
        Qemu.RequireInstalled();

        // `minix boot` builds the sample images and compiles the projects the fixtures build too: not at the same time.
        return ImageBuilds.Exclusive(() => TutorialFollower.Follow(page, script, RepositoryRoot.Path, new Commands(null, output.WriteLine), output.WriteLine));
    }
}
