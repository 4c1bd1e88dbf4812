using System.IO;
using System.Linq;
using Minix.Docs.Checks;
using Xunit.Abstractions;

namespace Minix.Docs.Tests;

/// <summary>Runs every check on the repository's docs/ folder: the docs test CI runs.</summary>
public sealed class RealDocsTests(ITestOutputHelper output)
{
    private static RealDocs Docs => RealDocs.Instance;

    private static DocSite Site => Docs.Site ?? throw new InvalidDataException(string.Join("\n", Docs.LoadIssues));

    [Fact]
    public void DocfxJsonTocsAndFrontMatterParse() => RealDocs.AssertClean(Docs.LoadIssues);

    [Fact]
    public void EveryPackageIsInTheApiMetadataAndBuiltWithXmlDocs() =>
        RealDocs.AssertClean(Docs.LibraryIssues.Concat(LibraryCoverageCheck.Run(Docs.RepoRoot, Docs.Libraries)));

    [Fact]
    public void TocEntriesResolveAndEveryPageIsListed() => RealDocs.AssertClean(TocCheck.Run(Site));

    [Fact]
    public void LinksImagesAndBookmarksResolve() => RealDocs.AssertClean(LinkCheck.Run(Site));

    [Fact]
    public void TablesHaveNamedColumnsAndNoEscapedPipesInCode() => RealDocs.AssertClean(TableCheck.Run(Site));

    [Fact]
    public void CrossReferencesNameRealApiSymbolsOrPages()
    {
        Assert.True(Docs.Uids.Count > 100, "the API surface looks empty: were the libraries built?");
        RealDocs.AssertClean(XrefCheck.Run(Site, Docs.Uids));
    }

    [Fact]
    public void MarkedSnippetsCompileAgainstTheLibraries()
    {
        int marked = Site.Pages.Values.Sum(p => p.Snippets.Count(SnippetCheck.IsMarked));
        output.WriteLine(marked + " snippets compiled");
        Assert.True(marked > 0, "no snippet is marked `csharp compile`");
        RealDocs.AssertClean(SnippetCheck.Run(Site, Docs.Compiler));
    }

    [Fact]
    public void EveryPublicApiHasXmlDocs() => RealDocs.AssertClean(ApiDocsCheck.Run(Docs.Api));

    [Fact]
    public void EveryAnalyzerRuleHasItsPage()
    {
        string? project = AnalyzerRules.FindProject(Docs.RepoRoot);
        if (project is null)
        {
            output.WriteLine("libs/" + AnalyzerRules.ProjectName + " does not exist yet: only the rules section's own files are checked");
            Assert.True(Site.Pages.ContainsKey("rules/index.md"), "docs/rules/index.md is missing");
            Assert.True(Site.Tocs.ContainsKey("rules/toc.yml"), "docs/rules/toc.yml is missing");
            RealDocs.AssertClean(RulePageCheck.Run(Site, []));
            return;
        }

        string? assembly = AnalyzerRules.FindAssembly(project, Docs.Configuration, AppContext.BaseDirectory);
        Assert.True(assembly is not null, AnalyzerRules.ProjectName + " exists but its assembly was not built: build the solution first");
        var rules = AnalyzerRules.Load(assembly!);
        output.WriteLine(rules.Count + " analyzer rules: " + string.Join(" ", rules.Select(r => r.Id)));
        Assert.NotEmpty(rules);
        RealDocs.AssertClean(RulePageCheck.Run(Site, rules));
    }
}
