using System.IO;
using System.Linq;
using Minix.Docs.Checks;
using Minix.Tutorials;
using Xunit.Abstractions;

namespace Minix.Docs.Tests;

/// <summary>
/// The marks that make a tutorial runnable (<c>tutorial-step</c>, <c>tutorial-file=</c>, <c>tutorial-edit=</c>,
/// <c>tutorial-expect</c>), checked offline: the pages' marks are well formed, so the new-user route test
/// (tests/Minix.Packaging.Tests), which runs them, fails only when the route itself breaks; and a bad mark is
/// reported at its page and line.
/// </summary>
public sealed class TutorialMarksTests(ITestOutputHelper output)
{
    private const string Page = "tutorials/page.md";

    [Fact]
    public void EveryTutorialPageParsesWithoutMarkErrors()
    {
        string folder = Path.Combine(RepoPaths.Docs, "tutorials");
        var pages = Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(pages);
        var errors = pages.SelectMany(p => TutorialScript.Parse(Path.GetRelativePath(RepoPaths.Root, p).Replace('\\', '/'), File.ReadAllText(p)).Errors).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void TheFirstDriverTutorialIsRunnable()
    {
        TutorialScript script = TutorialScript.Parse("docs/tutorials/first-driver.md", File.ReadAllText(Path.Combine(RepoPaths.Docs, "tutorials", "first-driver.md")));
        foreach (TutorialStep step in script.Steps)
            output.WriteLine($"{step.Line,4} {step.Kind,-7} {(step.Kind == TutorialStepKind.Command ? step.Text : step.Path)}");

        // The route test looks for these commands (each once) and checks what they did.
        var commands = script.Steps.Where(s => s.Kind == TutorialStepKind.Command).Select(s => s.Text).ToList();
        foreach (string prefix in new[] { "dotnet test ", "dotnet build ", "dotnet minix boot " })
            Assert.Single(commands, c => c.StartsWith(prefix, StringComparison.Ordinal));
        Assert.Contains(script.Steps, s => s.Kind == TutorialStepKind.Expect);
    }

    [Fact]
    public void StepsFilesEditsAndExpectationsAreReadInPageOrder()
    {
        const string Markdown = """
            # Page

            ```sh tutorial-step
            # a comment is not a command
            dotnet new minix-driver \
                -n MyDriver
            dotnet test MyDriver.Tests
            ```

            ```text tutorial-expect
            Passed!
            ```

            ```xml tutorial-file=nuget.config
            <configuration />
            ```

            ```xml tutorial-edit=MyImage/MyImage.csproj
            <ItemGroup>
              <Extra />
            ```

            ```sh
            cd somewhere   # not marked: only for reading
            ```
            """;

        TutorialScript script = TutorialScript.Parse(Page, Markdown);

        Assert.Empty(script.Errors);
        Assert.Equal(
            [TutorialStepKind.Command, TutorialStepKind.Command, TutorialStepKind.Expect, TutorialStepKind.File, TutorialStepKind.Edit],
            script.Steps.Select(s => s.Kind));
        Assert.Equal("dotnet new minix-driver -n MyDriver", script.Steps[0].Text);
        Assert.Equal(5, script.Steps[0].Line);
        Assert.Equal("nuget.config", script.Steps[3].Path);
    }

    [Theory]
    [InlineData("```sh tutorial-step\ndotnet new minix-driver -n MyDriver\ncd MyDriver\n```\n", 5, "may not cd")]
    [InlineData("```sh tutorial-step\ndotnet build MyDriver && cd MyDriver\n```\n", 4, "may not cd")]
    [InlineData("```sh tutorial-stpe\ndotnet build\n```\n", 3, "unknown tutorial mark 'tutorial-stpe'")]
    [InlineData("```text tutorial-expect\nBuild succeeded.\n```\n", 3, "must follow a tutorial-step block")]
    [InlineData("```xml tutorial-file=../outside.xml\n<x />\n```\n", 3, "inside the tutorial's folder")]
    [InlineData("```xml tutorial-edit=a.csproj\n<OnlyTheAnchor />\n```\n", 3, "at least one line to add")]
    [InlineData("```text tutorial-step\ndotnet build\n```\n", 3, "```sh tutorial-step")]
    [InlineData("```sh tutorial-step tutorial-expect\ndotnet build\n```\n", 3, "one tutorial mark")]
    [InlineData("```sh tutorial-step=three\ndotnet build\n```\n", 3, "exit status")]
    public void A_bad_mark_is_an_error_naming_page_and_line(string block, int line, string message)
    {
        TutorialScript script = TutorialScript.Parse(Page, "# Page\n\n" + block);

        string error = Assert.Single(script.Errors);
        Assert.StartsWith($"{Page}:{line}: ", error);
        Assert.Contains(message, error);
    }

    [Fact]
    public void A_step_may_name_the_exit_status_its_commands_end_with()
    {
        TutorialScript script = TutorialScript.Parse(Page, "```sh tutorial-step=3\nminix boot panics\n```\n```sh tutorial-step\nminix boot\n```\n");

        Assert.Empty(script.Errors);
        Assert.Equal([3, 0], script.Steps.Select(s => s.ExitCode));
    }

    [Fact]
    public void An_edit_adds_its_lines_after_the_one_line_it_starts_from()
    {
        TutorialScript script = TutorialScript.Parse(Page, "```xml tutorial-edit=p.csproj\n  <A />\n  <B />\n```\n");
        TutorialStep edit = Assert.Single(script.Steps);

        Assert.Equal("<P>\n  <A />\n  <B />\n</P>", TutorialScript.ApplyEdit("<P>\n  <A />\n</P>", edit, out string? error));
        Assert.Null(error);
        Assert.Null(TutorialScript.ApplyEdit("<P>\n  <A />\n  <A />\n</P>", edit, out error));
        Assert.Contains("2 times, not once", error);
    }

    [Theory]
    [InlineData("Passed!  - Failed:     0, Passed:     3", true)]
    [InlineData("MyImage -> .../obj/minix-image/Debug/minix.elf", true)]
    [InlineData("minix: stopped on \"mydriver: ready\" after ... s (Tcg)", true)]
    [InlineData("MyImage -> .../obj/minix-image/Release/minix.elf", false)]
    [InlineData("minix.elf ... MyImage ->", false)]
    public void Expected_lines_match_one_output_line_with_dots_for_what_varies(string expected, bool shown)
    {
        const string Output = "Passed!  - Failed:     0, Passed:     3, Skipped:     0\n" +
                              "  MyImage -> /home/me/work/MyImage/obj/minix-image/Debug/minix.elf\n" +
                              "minix: stopped on \"mydriver: ready\" after 0.6 s (Tcg)\n";

        Assert.Equal(shown, TutorialScript.Shows(Output, expected));
    }
}
