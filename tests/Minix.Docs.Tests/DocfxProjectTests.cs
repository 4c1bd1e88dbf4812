using System.Collections.Generic;
using Minix.Docs.Checks;

namespace Minix.Docs.Tests;

/// <summary>Reading docfx.json and matching its globs.</summary>
public sealed class DocfxProjectTests
{
    [Theory]
    [InlineData("**/*.{md,yml}", "index.md", true)]
    [InlineData("**/*.{md,yml}", "articles/toc.yml", true)]
    [InlineData("**/*.{md,yml}", "images/a.svg", false)]
    [InlineData("images/**", "images/deep/a.svg", true)]
    [InlineData("*.md", "articles/a.md", false)]
    [InlineData("api/**.yml", "api/Minix.Ipc.Message.yml", true)]
    [InlineData("a?.md", "ab.md", true)]
    public void GlobsMatchLikeDocfx(string glob, string path, bool expected) =>
        Assert.Equal(expected, new GlobPattern(glob).IsMatch(path));

    [Fact]
    public void ContentResourceMetadataAndOutputAreRead()
    {
        using var docs = new FixtureDocs();
        var issues = new List<DocIssue>();
        DocfxProject project = DocfxProject.Load(docs.Root, issues)!;

        Assert.Empty(issues);
        Assert.True(project.IsContent("articles/a.md"));
        Assert.False(project.IsContent("_site/index.md"));
        Assert.True(project.IsResource("images/a.svg"));
        Assert.True(project.IsGenerated("api/toc.yml"));
        Assert.Equal("_site", project.Output);
        Assert.Equal("../libs", Assert.Single(project.MetadataSources).Src);
    }

    [Fact]
    public void InvalidJsonFails()
    {
        using var docs = new FixtureDocs().Write("docfx.json", "{ \"build\": { \"content\": [ }");
        var issues = new List<DocIssue>();

        Assert.Null(DocSite.Load(docs.Root, issues));
        Assert.Contains("not valid JSON", Assert.Single(issues).Message);
    }

    [Fact]
    public void MissingBuildSectionFails()
    {
        using var docs = new FixtureDocs().Write("docfx.json", "{ \"metadata\": [] }");
        var issues = new List<DocIssue>();

        DocfxProject.Load(docs.Root, issues);
        Assert.Contains(issues, i => i.Message.Contains("'build'"));
    }

    [Fact]
    public void RepoRootIsFoundFromBelow()
    {
        using var docs = new FixtureDocs().Write(RepoPaths.SolutionFile, "<Solution />").Write("deep/down/x.txt", "");

        Assert.Equal(docs.Root, RepoPaths.FindRoot(System.IO.Path.Combine(docs.Root, "deep", "down")));
        Assert.True(System.IO.File.Exists(System.IO.Path.Combine(RepoPaths.Root, "docs", DocfxProject.FileName)));
    }
}
