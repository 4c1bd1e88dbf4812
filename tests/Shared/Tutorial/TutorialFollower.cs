using Xunit;

namespace Minix.Tutorials;

/// <summary>Does what a tutorial page says, step by step, as a reader would, failing the test at the page's line.</summary>
internal static class TutorialFollower
{
    /// <summary>Runs the page's steps in <paramref name="folder"/>: commands through the shell, files and edits written, output checked.</summary>
    /// <param name="page">The page, for messages (relative to the repository root).</param>
    /// <param name="script">The page's steps.</param>
    /// <param name="folder">The tutorial's folder: where commands run and files go.</param>
    /// <param name="shell">Runs the commands.</param>
    /// <param name="log">Where to note files written.</param>
    /// <returns>Each command with what it did, in page order.</returns>
    public static List<(TutorialStep Step, Commands.Result Result)> Follow(string page, TutorialScript script, string folder, Commands shell, Action<string> log)
    {
        Assert.True(script.Errors.Count == 0, string.Join("\n", script.Errors));
        var ran = new List<(TutorialStep, Commands.Result)>();
        Commands.Result? last = null;
        foreach (TutorialStep step in script.Steps)
        {
            string where = $"{page}:{step.Line}";
            switch (step.Kind)
            {
                case TutorialStepKind.Command:
                    last = shell.RunShell(folder, step.Text, step.ExitCode);
                    ran.Add((step, last));
                    break;
                case TutorialStepKind.File:
                    string file = Path.Combine(folder, step.Path!);
                    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                    File.WriteAllText(file, step.Text);
                    log($"        wrote {step.Path}");
                    break;
                case TutorialStepKind.Edit:
                    string edited = Path.Combine(folder, step.Path!);
                    Assert.True(File.Exists(edited), $"{where}: {step.Path} does not exist when the page edits it");
                    string? text = TutorialScript.ApplyEdit(File.ReadAllText(edited), step, out string? error);
                    Assert.True(text is not null, $"{where}: {error}\n--- {step.Path} ---\n{File.ReadAllText(edited)}");
                    File.WriteAllText(edited, text);
                    log($"        edited {step.Path}");
                    break;
                case TutorialStepKind.Expect:
                    foreach (string line in step.Lines)
                        Assert.True(TutorialScript.Shows(last!.Output, line), $"{where}: the page shows \"{line}\", but the command printed:\n{last.Output}");
                    break;
            }
        }

        return ran;
    }

    /// <summary>The one command of the page that starts with <paramref name="prefix"/>.</summary>
    /// <param name="ran">What <see cref="Follow"/> returned.</param>
    /// <param name="prefix">The command's start, e.g. <c>dotnet test</c>.</param>
    /// <returns>What it did.</returns>
    public static Commands.Result Single(List<(TutorialStep Step, Commands.Result Result)> ran, string prefix)
    {
        var matches = ran.Where(r => r.Step.Text.StartsWith(prefix + " ", StringComparison.Ordinal)).ToList();
        Assert.True(matches.Count == 1, $"the tutorial should run `{prefix} ...` once; it runs it {matches.Count} times");
        return matches[0].Result;
    }
}
