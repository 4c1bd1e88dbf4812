using System.Collections.Generic;
using System.Linq;

namespace Minix.Docs.Checks;

/// <summary>
/// Checks every toc.yml: each entry has a name; each <c>href</c>, <c>topicHref</c> and <c>homepage</c> leads to a
/// file (or a folder with its own toc.yml) that exists and that docfx.json's content globs take; a folder or file DocFX
/// generates from the metadata section counts as existing. Also checks that every page but the home page is listed
/// in some toc, so no page is unreachable from the navigation.
/// </summary>
public static class TocCheck
{
    /// <summary>The home page, which needs no toc entry.</summary>
    public const string HomePage = "index.md";

    /// <summary>Runs the check.</summary>
    /// <param name="site">The docs.</param>
    /// <returns>The problems found.</returns>
    public static IEnumerable<DocIssue> Run(DocSite site)
    {
        var issues = new List<DocIssue>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        if (!site.Tocs.ContainsKey("toc.yml"))
            issues.Add(new DocIssue("toc.yml", 0, "missing: the site needs a top-level toc.yml (the navigation bar)"));

        foreach (TocFile toc in site.Tocs.Values)
        {
            foreach (TocEntry entry in toc.Entries)
            {
                if (string.IsNullOrWhiteSpace(entry.Name))
                    issues.Add(new DocIssue(toc.Path, entry.Line, "entry has no 'name'"));
                foreach (KeyValuePair<string, string> target in entry.Targets)
                    CheckTarget(site, toc, entry, target.Key, target.Value, listed, issues);
            }
        }

        foreach (string page in site.Pages.Keys)
        {
            if (page != HomePage && !listed.Contains(page))
                issues.Add(new DocIssue(page, 0, "not listed in any toc.yml: readers cannot reach it from the navigation"));
        }

        return issues;
    }

    private static void CheckTarget(DocSite site, TocFile toc, TocEntry entry, string key, string value, HashSet<string> listed, List<DocIssue> issues)
    {
        if (SitePath.IsExternal(value))
            return;
        if (value.StartsWith("xref:", StringComparison.OrdinalIgnoreCase))
            return;
        string path = SitePath.SplitBookmark(value, out _);
        string? resolved = SitePath.Resolve(toc.Path, path);
        string where = "'" + key + ": " + value + "'";
        if (resolved is null || resolved.Length == 0)
        {
            issues.Add(new DocIssue(toc.Path, entry.Line, where + " leaves the docs folder"));
            return;
        }

        if (resolved.EndsWith('/'))
        {
            string folderToc = resolved + "toc.yml";
            if (site.Exists(folderToc))
            {
                if (!site.Project.IsContent(folderToc))
                    issues.Add(new DocIssue(toc.Path, entry.Line, where + ": " + folderToc + " is not in docfx.json's build.content"));
            }
            else if (!site.Project.IsGenerated(folderToc))
            {
                issues.Add(new DocIssue(toc.Path, entry.Line, where + " names a folder without a toc.yml"));
            }

            return;
        }

        listed.Add(resolved);
        if (!site.Exists(resolved))
        {
            if (!(site.Project.IsGenerated(resolved) && resolved.EndsWith(".yml", StringComparison.Ordinal)))
                issues.Add(new DocIssue(toc.Path, entry.Line, where + " does not exist (" + resolved + ")"));
            return;
        }

        if (!site.Project.IsContent(resolved))
            issues.Add(new DocIssue(toc.Path, entry.Line, where + ": " + resolved + " is not in docfx.json's build.content, so DocFX would not build it"));
    }

    /// <summary>The docs-relative pages a toc file lists (for checks that need a folder's navigation).</summary>
    /// <param name="toc">The toc.</param>
    /// <returns>The resolved targets.</returns>
    public static IEnumerable<string> ListedPages(TocFile toc) =>
        toc.Entries
            .SelectMany(e => e.Targets)
            .Where(t => !SitePath.IsExternal(t.Value))
            .Select(t => SitePath.Resolve(toc.Path, SitePath.SplitBookmark(t.Value, out _)))
            .Where(p => p is not null)
            .Select(p => p!);
}
