using System.Collections.Generic;
using System.Linq;

namespace Minix.Docs.Checks;

/// <summary>
/// One entry of a docfx.json file list (<c>content</c>, <c>resource</c> or a metadata <c>src</c>): a base folder
/// and include and exclude globs relative to it.
/// </summary>
public sealed class FileGroup
{
    private readonly GlobPattern[] _files;
    private readonly GlobPattern[] _exclude;

    /// <summary>Creates a group.</summary>
    /// <param name="src">The base folder, relative to the docs folder ("" for the docs folder itself).</param>
    /// <param name="files">Include globs, relative to <paramref name="src"/>.</param>
    /// <param name="exclude">Exclude globs, relative to <paramref name="src"/>.</param>
    public FileGroup(string src, IEnumerable<string> files, IEnumerable<string> exclude)
    {
        Src = Normalize(src);
        _files = files.Select(f => new GlobPattern(f)).ToArray();
        _exclude = exclude.Select(f => new GlobPattern(f)).ToArray();
    }

    /// <summary>The base folder relative to the docs folder, without a trailing slash ("" for the docs folder).</summary>
    public string Src { get; }

    /// <summary>The include globs as written.</summary>
    public IEnumerable<string> Files => _files.Select(f => f.Pattern);

    /// <summary>Whether a path relative to the base folder is included and not excluded.</summary>
    /// <param name="pathInSrc">The path relative to <see cref="Src"/>.</param>
    /// <returns>True if the group takes the file.</returns>
    public bool MatchesInSrc(string pathInSrc) =>
        _files.Any(f => f.IsMatch(pathInSrc)) && !_exclude.Any(e => e.IsMatch(pathInSrc));

    /// <summary>Whether a path relative to the docs folder falls under <see cref="Src"/> and is taken by the group.</summary>
    /// <param name="docsRelativePath">A path relative to the docs folder, with forward slashes.</param>
    /// <returns>True if the group takes the file.</returns>
    public bool Matches(string docsRelativePath)
    {
        if (Src.Length == 0)
            return MatchesInSrc(docsRelativePath);
        if (!docsRelativePath.StartsWith(Src + "/", StringComparison.Ordinal))
            return false;
        return MatchesInSrc(docsRelativePath.Substring(Src.Length + 1));
    }

    private static string Normalize(string src)
    {
        string s = src.Replace('\\', '/').Trim();
        while (s.StartsWith("./", StringComparison.Ordinal))
            s = s.Substring(2);
        return s == "." ? "" : s.TrimEnd('/');
    }
}
