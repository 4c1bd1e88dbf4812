using System.Linq;
using Minix.Docs.Checks;

namespace Minix.Docs.Tests;

/// <summary>The snippet check on fixture trees, against the real libraries.</summary>
public sealed class SnippetCheckTests
{
    private static SnippetCompiler Compiler => RealDocs.Instance.Compiler;

    [Fact]
    public void SnippetThatCompilesPasses()
    {
        using var docs = new FixtureDocs().Write("page.md", "# Page\n\n```csharp compile\nusing System;\nusing Minix.Ipc;\n\nConsole.WriteLine(Endpoint.Create(0, 5).Slot);\n```\n");

        Assert.Empty(SnippetCheck.Run(docs.Load(), Compiler));
    }

    [Fact]
    public void SnippetThatNoLongerCompilesFails()
    {
        // As if Endpoint.Slot had been renamed: the snippet still uses the old name.
        using var docs = new FixtureDocs().Write("page.md", "# Page\n\nText.\n\n```csharp compile\nusing System;\nusing Minix.Ipc;\n\nConsole.WriteLine(Endpoint.Create(0, 5).SlotNumber);\n```\n");

        DocIssue issue = Assert.Single(SnippetCheck.Run(docs.Load(), Compiler));
        Assert.Equal("page.md", issue.File);
        Assert.Equal(9, issue.Line);
        Assert.Contains("CS1061", issue.Message);
    }

    [Fact]
    public void WarningsFailToo()
    {
        using var docs = new FixtureDocs().Write("page.md", "# Page\n\n```csharp compile\nstring s = null;\nSystem.Console.WriteLine(s);\n```\n");

        Assert.Contains("CS8600", Assert.Single(SnippetCheck.Run(docs.Load(), Compiler)).Message);
    }

    [Fact]
    public void UnmarkedSnippetsAreNotCompiled()
    {
        using var docs = new FixtureDocs().Write("page.md", "# Page\n\n```csharp\nthis is not C# at all\n```\n");

        Assert.Empty(SnippetCheck.Run(docs.Load(), Compiler));
    }

    [Fact]
    public void MisspelledMarkerFails()
    {
        using var docs = new FixtureDocs().Write("page.md", "# Page\n\n```csharp compiel\nint x = 1;\n```\n");

        Assert.Contains("unknown code-block option 'compiel'", Assert.Single(SnippetCheck.Run(docs.Load(), Compiler)).Message);
    }

    [Fact]
    public void TutorialMarksAreNotSnippetOptions()
    {
        using var docs = new FixtureDocs().Write("page.md", "# Page\n\n```csharp compile tutorial-file=MyDriver/Extra.cs\nint x = 1;\nSystem.Console.WriteLine(x);\n```\n");

        Assert.Empty(SnippetCheck.Run(docs.Load(), Compiler));
    }

    [Fact]
    public void GroupedSnippetsCompileTogetherAndErrorsPointAtTheirBlock()
    {
        const string Page = "# Page\n\n```csharp compile=demo\nnamespace Demo;\npublic static class A { public static int One => 1; }\n```\n\n" +
                            "```csharp compile=demo\nnamespace Demo;\npublic static class B { public static int Two => A.One + A.Missing; }\n```\n";
        using var docs = new FixtureDocs().Write("page.md", Page);

        DocIssue issue = Assert.Single(SnippetCheck.Run(docs.Load(), Compiler));
        Assert.Equal(10, issue.Line);
        Assert.Contains("Missing", issue.Message);
    }

    [Fact]
    public void SnippetsInTheRealDocsAreMarkedAndGrouped()
    {
        var snippets = RealDocs.Instance.Site!.Pages.Values.SelectMany(p => p.Snippets).Where(SnippetCheck.IsMarked).ToList();
        Assert.Contains(snippets, s => SnippetCheck.Group(s) is null);
        Assert.Contains(snippets, s => SnippetCheck.Group(s) is not null);
    }
}
