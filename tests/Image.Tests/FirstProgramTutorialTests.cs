using Minix.Tutorials;
using Xunit.Abstractions;

namespace Image.Tests;

/// <summary>
/// The tutorial docs/tutorials/first-program.md, followed as written from the repository root: it installs the
/// minix-program template from its folder (into a dotnet home of the test's own, so the user's template list is left
/// alone), makes a program with it in samples/ProgramImage/Greet, writes the page's project and Program.cs, and boots
/// the program sample image (one boot); every transcript the page shows must be what the commands print.
/// </summary>
public class FirstProgramTutorialTests(ITestOutputHelper output)
{
    /// <summary>The tutorial, relative to the repository root.</summary>
    public const string TutorialPage = "docs/tutorials/first-program.md";

    /// <summary>Where the page makes the program, relative to the repository root (git ignores it).</summary>
    public const string ProgramFolder = "samples/ProgramImage/Greet";

    [Fact]
    public void A_program_made_with_the_template_runs_from_bin_prints_forks_execs_and_its_parents_see_its_status_as_the_tutorial_shows()
    {
        TutorialScript script = TutorialScript.Parse(TutorialPage, File.ReadAllText(RepositoryRoot.Combine(TutorialPage)));
        var commands = script.Steps.Where(s => s.Kind == TutorialStepKind.Command).Select(s => s.Text).ToList();
        Assert.Single(commands, c => c.Contains(" -- boot ", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.StartsWith("dotnet new minix-program ", StringComparison.Ordinal));
        Qemu.RequireInstalled();

        // `dotnet new` will not write over the files an earlier run left: start as a reader with a fresh clone does.
        string program = RepositoryRoot.Combine(ProgramFolder);
        if (Directory.Exists(program))
            Directory.Delete(program, recursive: true);
        string home = Directory.CreateTempSubdirectory("minix-first-program-").FullName;
        try
        {
            // A dotnet home of the test's own for the template's install, but the usual package folder: the tutorial's
            // `dotnet run` restores the repository's tools, whose assets every other test reads.
            string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            var shell = new Commands(null, output.WriteLine, new Dictionary<string, string> { ["DOTNET_CLI_HOME"] = home, ["DOTNET_NOLOGO"] = "1", ["NUGET_PACKAGES"] = packages });
            // `minix boot` compiles shared projects the fixtures compile too: not at the same time; and no other test
            // process packs while its restore rewrites the tools' assets.
            var ran = ImageBuilds.Exclusive(() => RestoreLock.Hold(RepositoryRoot.Path, () => TutorialFollower.Follow(TutorialPage, script, RepositoryRoot.Path, shell, output.WriteLine)));

            // What the page rests on, however it words it: Main's output on the console, the child's exit status in
            // its parent's wait, and the program's in init's.
            Commands.Result boot = ran.Single(r => r.Step.Text.Contains(" -- boot ", StringComparison.Ordinal)).Result;
            Assert.Contains("Hello, Barbara!", boot.Output);
            Assert.Contains(": /tmp/guests.txt has 3 lines", boot.Output);
            Assert.Matches(@"greet \d+: child \d+ exited with status 3", boot.Output);
            Assert.Contains("init: /bin/greet Ada Grace Barbara: ended with status 3", boot.Output);
            Assert.Contains("minix: the guest stopped with status 0", boot.Output);
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }
}
