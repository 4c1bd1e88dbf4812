using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Minix.Docs.Checks;

/// <summary>
/// Checks the analyzer rule pages against the analyzer's descriptors: each rule id has a page
/// <c>rules/&lt;ID&gt;.md</c>, listed in <c>rules/toc.yml</c>, whose title names the id; a help link, where the
/// descriptor has one, names the id too; and no page describes a rule the analyzer does not have.
/// </summary>
public static partial class RulePageCheck
{
    /// <summary>The folder of the rule pages, relative to the docs folder.</summary>
    public const string Folder = "rules";

    /// <summary>The page a rule id needs.</summary>
    /// <param name="id">The rule id.</param>
    /// <returns>Its docs-relative path.</returns>
    public static string PageFor(string id) => Folder + "/" + id + ".md";

    /// <summary>Runs the check.</summary>
    /// <param name="site">The docs.</param>
    /// <param name="rules">The analyzer's descriptors.</param>
    /// <returns>The problems found.</returns>
    public static IEnumerable<DocIssue> Run(DocSite site, IReadOnlyList<RuleDescriptor> rules)
    {
        var issues = new List<DocIssue>();
        string tocPath = Folder + "/toc.yml";
        var listed = site.Tocs.TryGetValue(tocPath, out TocFile? toc)
            ? new HashSet<string>(TocCheck.ListedPages(toc), StringComparer.Ordinal)
            : [];
        if (toc is null && rules.Count > 0)
            issues.Add(new DocIssue(tocPath, 0, "missing: the rule pages need a toc"));

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (RuleDescriptor rule in rules)
        {
            ids.Add(rule.Id);
            string page = PageFor(rule.Id);
            if (!site.Pages.TryGetValue(page, out MarkdownPage? doc))
            {
                issues.Add(new DocIssue(page, 0, "rule " + rule.Id + " (" + rule.Title + ") has no page: write docs/" + page + " and list it in docs/" + tocPath));
                continue;
            }

            if (!listed.Contains(page))
                issues.Add(new DocIssue(tocPath, 0, "rule page " + page + " is not listed"));
            if (doc.Title is null || !doc.Title.Contains(rule.Id, StringComparison.Ordinal))
                issues.Add(new DocIssue(page, 0, "the page's '# ' title must name the rule id " + rule.Id));
            if (rule.HelpLinkUri.Length > 0 && !rule.HelpLinkUri.Contains(rule.Id, StringComparison.OrdinalIgnoreCase))
                issues.Add(new DocIssue(page, 0, "descriptor " + rule.Id + "'s help link '" + rule.HelpLinkUri + "' does not lead to this page"));
        }

        foreach (string page in site.Pages.Keys.Where(p => p.StartsWith(Folder + "/", StringComparison.Ordinal)))
        {
            string file = page.Substring(Folder.Length + 1);
            Match match = RulePageName().Match(file);
            if (match.Success && !ids.Contains(match.Groups["id"].Value))
                issues.Add(new DocIssue(page, 0, "describes rule " + match.Groups["id"].Value + ", which the analyzer does not declare"));
        }

        return issues;
    }

    [GeneratedRegex(@"^(?<id>MINIX\d+)\.md$")]
    private static partial Regex RulePageName();
}
