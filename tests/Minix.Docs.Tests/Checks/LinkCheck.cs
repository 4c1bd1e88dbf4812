using System.Collections.Generic;

namespace Minix.Docs.Checks;

/// <summary>
/// Checks every link and image of every page: the target exists inside the docs folder, docfx.json's content (pages)
/// or resource (everything else) globs take it, and a <c>#bookmark</c> names a heading of the target page. External
/// URLs are not fetched; <c>xref:</c> links are the <see cref="XrefCheck"/>'s.
/// </summary>
public static class LinkCheck
{
    /// <summary>Runs the check.</summary>
    /// <param name="site">The docs.</param>
    /// <returns>The problems found.</returns>
    public static IEnumerable<DocIssue> Run(DocSite site)
    {
        var issues = new List<DocIssue>();
        foreach (MarkdownPage page in site.Pages.Values)
        {
            foreach (PageLink link in page.Links)
                Check(site, page, link, issues);
        }

        return issues;
    }

    private static void Check(DocSite site, MarkdownPage page, PageLink link, List<DocIssue> issues)
    {
        string url = link.Url.Trim();
        string what = link.IsImage ? "image" : "link";
        if (url.Length == 0)
        {
            issues.Add(new DocIssue(page.Path, link.Line, "empty " + what + " target"));
            return;
        }

        if (url.StartsWith("xref:", StringComparison.OrdinalIgnoreCase) || SitePath.IsExternal(url))
            return;

        string path = SitePath.SplitBookmark(url, out string? bookmark);
        if (path.Length == 0)
        {
            if (!string.IsNullOrEmpty(bookmark) && !page.HeadingIds.Contains(bookmark))
                issues.Add(new DocIssue(page.Path, link.Line, "bookmark '#" + bookmark + "' names no heading of this page"));
            return;
        }

        string? resolved = SitePath.Resolve(page.Path, path);
        if (resolved is null || resolved.Length == 0)
        {
            issues.Add(new DocIssue(page.Path, link.Line, what + " '" + url + "' leaves the docs folder: link to files outside docs/ by their repository URL"));
            return;
        }

        if (resolved.EndsWith('/'))
        {
            issues.Add(new DocIssue(page.Path, link.Line, what + " '" + url + "' names a folder: link to a page in it"));
            return;
        }

        if (!site.Exists(resolved))
        {
            if (!(site.Project.IsGenerated(resolved) && resolved.EndsWith(".yml", StringComparison.Ordinal)))
                issues.Add(new DocIssue(page.Path, link.Line, "broken " + what + ": '" + url + "' (" + resolved + " does not exist)"));
            return;
        }

        bool isPage = resolved.EndsWith(".md", StringComparison.Ordinal) || resolved.EndsWith(".yml", StringComparison.Ordinal);
        if (isPage ? !site.Project.IsContent(resolved) : !(site.Project.IsResource(resolved) || site.Project.IsContent(resolved)))
        {
            string list = isPage ? "build.content" : "build.resource";
            issues.Add(new DocIssue(page.Path, link.Line, what + " '" + url + "': " + resolved + " is not in docfx.json's " + list + ", so the built site would lack it"));
            return;
        }

        if (!string.IsNullOrEmpty(bookmark) && site.Pages.TryGetValue(resolved, out MarkdownPage? target) && !target.HeadingIds.Contains(bookmark))
            issues.Add(new DocIssue(page.Path, link.Line, "bookmark '#" + bookmark + "' names no heading of " + resolved));
    }
}
