using Xunit.Abstractions;

namespace Minix.DriverKit.Analyzers.Tests;

/// <summary>
/// The tutorial docs/tutorials/move-legacy-driver.md, followed as written from the repository root: the analyzer's
/// warnings on the legacy printer and `minix deps` before and after the move must be what the page shows.
/// </summary>
[Trait("Needs", "restore")]
[Collection(DotnetBuilds.Name)]
public class LegacyDriverTutorialTests(LegacyTutorialRun tutorial, ITestOutputHelper output)
{
    [Fact]
    public void The_move_a_legacy_driver_tutorial_followed_as_written_shows_what_the_analyzer_and_minix_deps_print()
    {
        try
        {
            Assert.Contains("11 Warning(s)", tutorial.OutputOf("dotnet build samples/drivers/LegacyPrinter"));
            Assert.Contains("0 Warning(s)", tutorial.OutputOf("dotnet build samples/drivers/LegacyPrinter.Fixed"));
        }
        finally
        {
            foreach (string line in tutorial.Log)
                output.WriteLine(line);
        }
    }
}
