using Minix.Tutorials;
using Xunit.Abstractions;

namespace Minix.DriverKit.Analyzers.Tests;

/// <summary>
/// The tutorial docs/tutorials/move-legacy-driver.md, followed as written from the repository root: the analyzer's
/// warnings on the legacy printer and `minix deps` before and after the move must be what the page shows.
/// </summary>
[Trait("Needs", "restore")]
[Collection(DotnetBuilds.Name)]
public class LegacyDriverTutorialTests(ITestOutputHelper output)
{
    private const string Page = "docs/tutorials/move-legacy-driver.md";

    [Fact]
    public void The_move_a_legacy_driver_tutorial_followed_as_written_shows_what_the_analyzer_and_minix_deps_print()
    {
        TutorialScript script = TutorialScript.Parse(Page, File.ReadAllText(Repository.PathOf(Page.Split('/'))));
        Assert.True(script.Steps.Count(s => s.Kind == TutorialStepKind.Expect) >= 3, "the page should mark its outputs as tutorial-expect");

        var ran = TutorialFollower.Follow(Page, script, Repository.Root, new Commands(null, output.WriteLine), output.WriteLine);

        Assert.Contains("11 Warning(s)", TutorialFollower.Single(ran, "dotnet build samples/drivers/LegacyPrinter").Output);
        Assert.Contains("0 Warning(s)", TutorialFollower.Single(ran, "dotnet build samples/drivers/LegacyPrinter.Fixed").Output);
    }
}
