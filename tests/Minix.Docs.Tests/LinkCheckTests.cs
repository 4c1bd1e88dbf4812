using System.Linq;
using Minix.Docs.Checks;

namespace Minix.Docs.Tests;

/// <summary>The link check on fixture trees: it passes good links and fails each kind of broken one.</summary>
public sealed class LinkCheckTests
{
    [Fact]
    public void GoodLinksImagesAndBookmarksPass()
    {
        using var docs = new FixtureDocs()
            .Write("images/a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
            .Write("other.md", "# Other\n\n## Second part\n")
            .Write("page.md", "# Page\n\n## Local\n\n[o](other.md) [o2](other.md#second-part) [l](#local) ![a](images/a.svg) [w](https://example.org/x) [r](~/other.md)\n")
            .Write("toc.yml", "- name: Page\n  href: page.md\n- name: Other\n  href: other.md\n");

        Assert.Empty(LinkCheck.Run(docs.Load()));
    }

    [Fact]
    public void BrokenLinkFails()
    {
        using var docs = new FixtureDocs().Write("page.md", "# Page\n\nSee [the grants page](articles/grants.md).\n");

        DocIssue issue = Assert.Single(LinkCheck.Run(docs.Load()));
        Assert.Equal("page.md", issue.File);
        Assert.Equal(3, issue.Line);
        Assert.Contains("broken link", issue.Message);
    }

    [Fact]
    public void BrokenImageFails()
    {
        using var docs = new FixtureDocs().Write("page.md", "# Page\n\n![layers](images/missing.svg)\n");

        Assert.Contains("broken image", Assert.Single(LinkCheck.Run(docs.Load())).Message);
    }

    [Fact]
    public void LinkOutOfTheDocsFolderFails()
    {
        using var docs = new FixtureDocs().Write("page.md", "# Page\n\n[code](../libs/Minix.Ipc/Message.cs)\n");

        Assert.Contains("leaves the docs folder", Assert.Single(LinkCheck.Run(docs.Load())).Message);
    }

    [Fact]
    public void FileThatDocfxWouldNotCopyFails()
    {
        using var docs = new FixtureDocs()
            .Write("diagrams/a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
            .Write("page.md", "# Page\n\n![a](diagrams/a.svg)\n");

        Assert.Contains("build.resource", Assert.Single(LinkCheck.Run(docs.Load())).Message);
    }

    [Fact]
    public void BookmarkToAMissingHeadingFails()
    {
        using var docs = new FixtureDocs()
            .Write("other.md", "# Other\n")
            .Write("page.md", "# Page\n\n[a](other.md#nowhere) [b](#nothing-here)\n")
            .Write("toc.yml", "- name: Page\n  href: page.md\n- name: Other\n  href: other.md\n");

        var issues = LinkCheck.Run(docs.Load()).ToList();
        Assert.Equal(2, issues.Count);
        Assert.All(issues, i => Assert.Contains("bookmark", i.Message));
    }

    [Theory]
    [InlineData("## Placement: the paper's experiment", "placement-the-papers-experiment")]
    [InlineData("## Writing them down: system.conf", "writing-them-down-systemconf")]
    [InlineData("## Reading it in C#", "reading-it-in-c")]
    public void HeadingIdsAreTheOnesDocfxGenerates(string heading, string id) =>
        Assert.Contains(id, MarkdownPage.Parse("page.md", "# Page\n\n" + heading + "\n").HeadingIds);

    [Fact]
    public void EmptyTargetFails()
    {
        using var docs = new FixtureDocs().Write("page.md", "# Page\n\n[nothing]()\n");

        Assert.Contains("empty link", Assert.Single(LinkCheck.Run(docs.Load())).Message);
    }
}
