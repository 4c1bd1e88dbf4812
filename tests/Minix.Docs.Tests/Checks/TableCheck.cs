using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Minix.Docs.Checks;

/// <summary>
/// Checks pipe tables for what DocFX renders badly: a header row with no text (a blank bar above the table) and an
/// escaped pipe inside code in a cell (<c>`a\|b`</c> shows its backslash on the site: write the alternatives as
/// separate code spans or in prose instead).
/// </summary>
public static partial class TableCheck
{
    /// <summary>Runs the check.</summary>
    /// <param name="site">The docs.</param>
    /// <returns>The problems found.</returns>
    public static IEnumerable<DocIssue> Run(DocSite site)
    {
        foreach (MarkdownPage page in site.Pages.Values.OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            foreach (TableRowText row in page.TableRows)
            {
                if (row.IsHeader && row.Cells.All(c => c.Length == 0))
                    yield return new DocIssue(page.Path, row.Line, "a table's header row is empty: the site shows a blank bar; name the columns");
                if (EscapedPipeInCode().IsMatch(row.Source))
                    yield return new DocIssue(page.Path, row.Line, "`\\|` inside code in a table cell renders with its backslash: write `a`, `b` or `c` as separate code spans");
            }
        }
    }

    [GeneratedRegex(@"`[^`]*\\\|[^`]*`")]
    private static partial Regex EscapedPipeInCode();
}
