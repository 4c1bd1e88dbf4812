using System.Collections.Generic;
using System.Linq;

namespace Minix.Docs.Checks;

/// <summary>
/// Checks that every public API symbol has XML documentation with a summary, so that every page DocFX generates
/// under api/ has text. (The compiler's CS1591 catches most of this at build time; this check also covers members
/// whose comment is present but empty.)
/// </summary>
public static class ApiDocsCheck
{
    /// <summary>Runs the check.</summary>
    /// <param name="api">The libraries' public API.</param>
    /// <returns>The problems found, one per undocumented symbol.</returns>
    public static IEnumerable<DocIssue> Run(ApiSurface api) =>
        api.Symbols
            .Where(s => !s.HasDocs)
            .Select(s => new DocIssue("api (" + s.Assembly + ")", 0, s.Uid + " has no XML documentation summary"));
}
