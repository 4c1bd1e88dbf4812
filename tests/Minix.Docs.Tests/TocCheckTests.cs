using System.Collections.Generic;
using System.Linq;
using Minix.Docs.Checks;

namespace Minix.Docs.Tests;

/// <summary>The toc check on fixture trees.</summary>
public sealed class TocCheckTests
{
    [Fact]
    public void ValidTocsPass()
    {
        using var docs = new FixtureDocs()
            .Write("page.md", "# Page\n")
            .Write("articles/a.md", "# A\n")
            .Write("articles/toc.yml", "- name: A\n  href: a.md\n")
            .Write("toc.yml", "- name: Page\n  href: page.md\n- name: Articles\n  href: articles/\n- name: API\n  href: api/\n");

        Assert.Empty(TocCheck.Run(docs.Load()));
    }

    [Fact]
    public void MissingTargetFails()
    {
        using var docs = new FixtureDocs()
            .Write("page.md", "# Page\n")
            .Write("toc.yml", "- name: Page\n  href: page.md\n- name: Gone\n  href: gone.md\n");

        DocIssue issue = Assert.Single(TocCheck.Run(docs.Load()));
        Assert.Equal("toc.yml", issue.File);
        Assert.Equal(3, issue.Line);
        Assert.Contains("does not exist", issue.Message);
    }

    [Fact]
    public void FolderWithoutTocFails()
    {
        using var docs = new FixtureDocs()
            .Write("page.md", "# Page\n")
            .Write("toc.yml", "- name: Page\n  href: page.md\n- name: Nowhere\n  href: nowhere/\n");

        Assert.Contains("without a toc.yml", Assert.Single(TocCheck.Run(docs.Load())).Message);
    }

    [Fact]
    public void UnlistedPageFails()
    {
        using var docs = new FixtureDocs().Write("page.md", "# Page\n").Write("orphan.md", "# Orphan\n");

        DocIssue issue = Assert.Single(TocCheck.Run(docs.Load()));
        Assert.Equal("orphan.md", issue.File);
        Assert.Contains("not listed", issue.Message);
    }

    [Fact]
    public void EntryWithoutNameFails()
    {
        using var docs = new FixtureDocs().Write("page.md", "# Page\n").Write("toc.yml", "- href: page.md\n");

        Assert.Contains("no 'name'", Assert.Single(TocCheck.Run(docs.Load())).Message);
    }

    [Fact]
    public void TargetOutsideContentFails()
    {
        using var docs = new FixtureDocs()
            .Write("docfx.json", FixtureDocs.DefaultDocfxJson.Replace("\"_site/**\"", "\"_site/**\", \"drafts/**\""))
            .Write("page.md", "# Page\n")
            .Write("drafts/d.md", "# Draft\n")
            .Write("toc.yml", "- name: Page\n  href: page.md\n- name: Draft\n  href: drafts/d.md\n");

        Assert.Contains("build.content", Assert.Single(TocCheck.Run(docs.Load())).Message);
    }

    [Fact]
    public void UnparsableTocIsReportedWhenLoading()
    {
        using var docs = new FixtureDocs().Write("page.md", "# Page\n").Write("toc.yml", "- name: Page\n  href: [page.md\n");

        DocSite site = docs.Load();
        Assert.Contains(site.LoadIssues, i => i.File == "toc.yml" && i.Message.Contains("not valid YAML"));
    }

    [Fact]
    public void NestedItemsAreChecked()
    {
        using var docs = new FixtureDocs()
            .Write("page.md", "# Page\n")
            .Write("toc.yml", "- name: Group\n  items:\n    - name: Page\n      href: page.md\n    - name: Gone\n      href: gone.md\n");

        Assert.Contains("gone.md", Assert.Single(TocCheck.Run(docs.Load())).Message);
    }
}
