using Minix.Tutorials;

namespace Minix.DriverKit.Analyzers.Tests;

/// <summary>
/// docs/tutorials/move-legacy-driver.md followed once, as written, from the repository root: its builds of the legacy
/// printer and of the fixed twin (both with <c>--no-incremental</c>, so the analyzer runs) and its <c>minix deps</c>
/// runs. The tutorial's test checks the page against them, and the sample-build tests read the same builds' warnings
/// rather than building the same projects again.
/// </summary>
public sealed class LegacyTutorialRun
{
    /// <summary>The tutorial, relative to the repository root.</summary>
    public const string Page = "docs/tutorials/move-legacy-driver.md";

    private readonly Lazy<List<(TutorialStep Step, Commands.Result Result)>> _ran;
    private readonly List<string> _log = [];

    public LegacyTutorialRun() => _ran = new(Follow);

    /// <summary>What following the page logged.</summary>
    public IReadOnlyList<string> Log => _log;

    /// <summary>
    /// What the one command whose text starts with <paramref name="prefix"/> printed (the page is followed on first
    /// use; a failure fails every test that asks).
    /// </summary>
    public string OutputOf(string prefix) => TutorialFollower.Single(_ran.Value, prefix).Output;

    private List<(TutorialStep, Commands.Result)> Follow()
    {
        TutorialScript script = TutorialScript.Parse(Page, File.ReadAllText(Repository.PathOf(Page.Split('/'))));
        Assert.True(script.Steps.Count(s => s.Kind == TutorialStepKind.Expect) >= 3, "the page should mark its outputs as tutorial-expect");
        return TutorialFollower.Follow(Page, script, Repository.Root, new Commands(null, _log.Add), _log.Add);
    }
}
