using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Minix.DriverKit.Analyzers.Tests;

public class RuleCatalogTests
{
    public static IEnumerable<object[]> Rules => Descriptors.All.Select(d => new object[] { d.Id });

    internal static IEnumerable<DiagnosticAnalyzer> AllAnalyzers() =>
        typeof(RuleIds).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!);

    [Theory]
    [MemberData(nameof(Rules))]
    public void Every_rule_links_to_its_page_and_the_page_exists_in_the_docs_table_of_contents(string id)
    {
        DiagnosticDescriptor descriptor = Descriptors.All.Single(d => d.Id == id);
        Assert.Equal("https://minix-sharp.github.io/minix-sharp/rules/" + id + ".html", descriptor.HelpLinkUri);

        string page = Repository.PathOf("docs", "rules", id + ".md");
        Assert.True(File.Exists(page), page + " is missing");
        string text = File.ReadAllText(page);
        Assert.Contains("# " + id + ": ", text);
        Assert.Contains("## Why", text);
        Assert.Contains("## Before", text);
        Assert.Contains("## After", text);
        Assert.Contains("href: " + id + ".md", File.ReadAllText(Repository.PathOf("docs", "rules", "toc.yml")));
        Assert.Contains("(" + id + ".md)", File.ReadAllText(Repository.PathOf("docs", "rules", "index.md")));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Every_rule_is_tracked_for_release_with_its_category_and_severity(string id)
    {
        DiagnosticDescriptor descriptor = Descriptors.All.Single(d => d.Id == id);
        string[] rows = File.ReadAllLines(Repository.PathOf("libs", "Minix.DriverKit.Analyzers", "AnalyzerReleases.Unshipped.md"))
            .Concat(File.ReadAllLines(Repository.PathOf("libs", "Minix.DriverKit.Analyzers", "AnalyzerReleases.Shipped.md")))
            .Where(l => l.StartsWith(id + " ", StringComparison.Ordinal)).ToArray();
        string row = Assert.Single(rows);
        Assert.StartsWith(id + " | " + descriptor.Category + " | " + descriptor.DefaultSeverity + " |", row);
    }

    [Fact]
    public void Every_descriptor_is_reported_by_an_analyzer_and_every_analyzer_uses_the_table()
    {
        var supported = AllAnalyzers().SelectMany(a => a.SupportedDiagnostics).ToList();
        Assert.All(supported, d => Assert.Contains(d, Descriptors.All));
        Assert.All(Descriptors.All, d => Assert.Contains(d, supported));
        Assert.Equal(Descriptors.All.Length, Descriptors.All.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void The_image_rules_are_one_list_shared_by_descriptors_and_toolchain()
    {
        foreach (ImageRule rule in ImageRules.All)
        {
            DiagnosticDescriptor descriptor = Descriptors.All.Single(d => d.Id == rule.Id);
            Assert.Equal(rule.Title, descriptor.Title.ToString());
            Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString());
            Assert.All(rule.Forbidden, entry => Assert.Matches("^[NTMC]:[A-Za-z][A-Za-z0-9_.`+-]*$", entry));
        }

        Assert.Equal(RuleIds.Threading, ImageRules.FindForbidden("System.Threading", "System.Threading.Thread", null));
        Assert.Equal(RuleIds.Threading, ImageRules.FindForbidden("System.Threading.Tasks.Sources", "System.Threading.Tasks.Sources.IValueTaskSource", null));
        Assert.Equal(RuleIds.Reflection, ImageRules.FindForbidden("System", "System.Type", "GetMethod"));
        Assert.Null(ImageRules.FindForbidden("System", "System.Type", "Equals"));
        Assert.Null(ImageRules.FindForbidden("System.Threading", "System.Threading.Interlocked", null));
        Assert.Equal(RuleIds.CatchNeverRuns, ImageRules.FindConstruct("catch"));
        Assert.Equal(RuleIds.Threading, ImageRules.FindConstruct("lock"));
    }
}
