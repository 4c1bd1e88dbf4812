using System.Collections.Generic;
using System.Linq;

namespace Minix.Docs.Checks;

/// <summary>
/// Checks every cross-reference (<c>&lt;xref:Uid&gt;</c>, <c>[text](xref:Uid)</c>, <c>@Uid</c>, and <c>uid:</c> in
/// toc entries) against the public API's UIDs and the pages' front-matter <c>uid:</c> values, and that no two pages
/// claim the same UID.
/// </summary>
public static class XrefCheck
{
    /// <summary>Runs the check.</summary>
    /// <param name="site">The docs.</param>
    /// <param name="api">The API UIDs (and fallback).</param>
    /// <returns>The problems found.</returns>
    public static IEnumerable<DocIssue> Run(DocSite site, UidIndex api)
    {
        var issues = new List<DocIssue>();
        var pageUids = new Dictionary<string, MarkdownPage>(StringComparer.Ordinal);
        foreach (MarkdownPage page in site.Pages.Values.Where(p => p.Uid is not null))
        {
            if (pageUids.TryGetValue(page.Uid!, out MarkdownPage? first))
                issues.Add(new DocIssue(page.Path, page.UidLine, "uid '" + page.Uid + "' is already the uid of " + first.Path));
            else if (api.Contains(page.Uid!))
                issues.Add(new DocIssue(page.Path, page.UidLine, "uid '" + page.Uid + "' is an API symbol's uid: pick another"));
            else
                pageUids.Add(page.Uid!, page);
        }

        bool Known(string uid) => pageUids.ContainsKey(uid) || api.Contains(uid);

        foreach (MarkdownPage page in site.Pages.Values)
        {
            foreach (PageLink link in page.Links.Where(l => l.Url.StartsWith("xref:", StringComparison.OrdinalIgnoreCase)))
            {
                string uid = Uid(link.Url.Substring("xref:".Length));
                if (!Known(uid))
                    issues.Add(new DocIssue(page.Path, link.Line, Unknown(uid)));
            }

            foreach (AtReference at in page.AtReferences)
            {
                if (!Known(at.Uid))
                    issues.Add(new DocIssue(page.Path, at.Line, Unknown(at.Uid)));
            }
        }

        foreach (TocFile toc in site.Tocs.Values)
        {
            foreach (TocEntry entry in toc.Entries)
            {
                IEnumerable<string> uids = entry.Uids.Concat(entry.Targets
                    .Where(t => t.Value.StartsWith("xref:", StringComparison.OrdinalIgnoreCase))
                    .Select(t => t.Value.Substring("xref:".Length)));
                foreach (string raw in uids)
                {
                    string uid = Uid(raw);
                    if (!Known(uid))
                        issues.Add(new DocIssue(toc.Path, entry.Line, Unknown(uid)));
                }
            }
        }

        return issues;
    }

    private static string Uid(string raw)
    {
        string uid = Uri.UnescapeDataString(raw.Trim());
        int cut = uid.IndexOfAny(['?', '#']);
        return cut >= 0 ? uid.Substring(0, cut) : uid;
    }

    private static string Unknown(string uid) =>
        "xref '" + uid + "' names no public API symbol and no page uid (API uids are documentation ids without the 'T:'/'M:' prefix, e.g. Minix.Ipc.Message)";
}
