using System.IO;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Minix.Docs.Checks;

namespace Minix.Docs.Tests.Site;

/// <summary>
/// The site built with the pinned DocFX, offline, with warnings as errors; and the analyzer's help links, which must
/// lead to pages of the site where the docs workflow publishes it.
/// </summary>
public sealed partial class SiteBuildTests
{
    [Fact]
    [Trait("Needs", "restore")]
    public void The_site_builds_with_the_pinned_DocFX_offline_with_warnings_as_errors()
    {
        DocfxSite site = DocfxSite.Instance;
        site.RequireBuilt();
        Assert.Contains("0 warning(s)", site.Log);
        Assert.True(File.Exists(Path.Combine(site.SiteRoot, "api", "Minix.Ipc.Message.html")), "no API page for Minix.Ipc.Message: did the metadata step read the libraries?");
        Assert.True(File.Exists(Path.Combine(site.SiteRoot, "index.json")), "no search index");
    }

    [Fact]
    [Trait("Needs", "restore")]
    public void Every_rules_help_link_names_a_page_of_the_built_site()
    {
        DocfxSite site = DocfxSite.Instance;
        site.RequireBuilt();
        IReadOnlyList<RuleDescriptor> rules = AnalyzerRules.Load(AnalyzerAssembly());
        Assert.NotEmpty(rules);
        string published = PublishedSite();

        foreach (RuleDescriptor rule in rules)
        {
            Assert.StartsWith(published, rule.HelpLinkUri, StringComparison.Ordinal);
            string page = rule.HelpLinkUri[published.Length..];
            Assert.True(File.Exists(Path.Combine(site.SiteRoot, page)), $"{rule.Id}'s help link {rule.HelpLinkUri} names {page}, which the site does not have");
        }
    }

    [Fact]
    public void The_docs_workflow_publishes_the_site_where_the_help_links_point()
    {
        string workflow = File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", "docs.yml"));

        Assert.Contains("actions/deploy-pages", workflow, StringComparison.Ordinal);
        Assert.Matches(@"actions/upload-pages-artifact@\S+\s+with:\s+path: docs/_site", workflow);
        Assert.Contains("dotnet docfx", workflow, StringComparison.Ordinal);
        // A project site of GitHub Pages: https://<owner>.github.io/<repository>/.
        Assert.Equal("https://minix-sharp.github.io/minix-sharp/", PublishedSite());
        IReadOnlyList<RuleDescriptor> rules = AnalyzerRules.Load(AnalyzerAssembly());
        Assert.All(rules, r => Assert.Equal(PublishedSite() + "rules/" + r.Id + ".html", r.HelpLinkUri));
    }

    /// <summary>Where GitHub Pages publishes the repository the build properties name.</summary>
    private static string PublishedSite()
    {
        XDocument props = XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Build.props"));
        string repository = props.Descendants("RepositoryUrl").Single().Value;
        Match m = GitHubRepository().Match(repository);
        Assert.True(m.Success, "RepositoryUrl " + repository + " is not a GitHub repository");
        return $"https://{m.Groups["owner"].Value.ToLowerInvariant()}.github.io/{m.Groups["name"].Value}/";
    }

    private static string AnalyzerAssembly()
    {
        string? project = AnalyzerRules.FindProject(RepoPaths.Root);
        Assert.NotNull(project);
        string? assembly = AnalyzerRules.FindAssembly(project!, RealDocs.Instance.Configuration, AppContext.BaseDirectory);
        Assert.True(assembly is not null, "the analyzer was not built");
        return assembly!;
    }

    [GeneratedRegex(@"^https://github\.com/(?<owner>[^/]+)/(?<name>[^/]+?)(\.git)?/?$")]
    private static partial Regex GitHubRepository();
}
