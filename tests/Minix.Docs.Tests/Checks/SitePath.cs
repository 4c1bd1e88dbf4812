using System.Collections.Generic;

namespace Minix.Docs.Checks;

/// <summary>Resolves the targets of links and toc entries to docs-relative paths, the way DocFX does.</summary>
public static class SitePath
{
    /// <summary>True for a target with a URI scheme other than <c>xref:</c> (http, https, mailto, ...).</summary>
    /// <param name="target">The target as written.</param>
    /// <returns>Whether it leaves the site.</returns>
    public static bool IsExternal(string target)
    {
        int colon = target.IndexOf(':');
        if (colon <= 1 || target.StartsWith("xref:", StringComparison.OrdinalIgnoreCase))
            return false;
        for (int i = 0; i < colon; i++)
        {
            char c = target[i];
            if (!char.IsAsciiLetterOrDigit(c) && c != '+' && c != '-' && c != '.')
                return false;
        }

        return true;
    }

    /// <summary>Splits <c>path#bookmark?query</c> into the path and the bookmark.</summary>
    /// <param name="target">The target as written.</param>
    /// <param name="bookmark">The bookmark without <c>#</c>, or null.</param>
    /// <returns>The path part (may be empty for a bookmark in the same page).</returns>
    public static string SplitBookmark(string target, out string? bookmark)
    {
        bookmark = null;
        int hash = target.IndexOf('#');
        string path = target;
        if (hash >= 0)
        {
            bookmark = target.Substring(hash + 1);
            path = target.Substring(0, hash);
        }

        int query = path.IndexOf('?');
        return query >= 0 ? path.Substring(0, query) : path;
    }

    /// <summary>
    /// Resolves <paramref name="target"/> written in the file <paramref name="from"/> to a path relative to the docs
    /// folder. <c>~/</c> starts at the docs folder. Returns null if the path climbs out of the docs folder.
    /// </summary>
    /// <param name="from">The docs-relative file the target is written in.</param>
    /// <param name="target">A relative target without bookmark.</param>
    /// <returns>The docs-relative path, or null if it leaves the docs folder.</returns>
    public static string? Resolve(string from, string target)
    {
        string unescaped = Uri.UnescapeDataString(target.Replace('\\', '/'));
        string combined;
        if (unescaped.StartsWith("~/", StringComparison.Ordinal))
            combined = unescaped.Substring(2);
        else if (unescaped.StartsWith('/'))
            return null;
        else
        {
            int slash = from.LastIndexOf('/');
            combined = slash < 0 ? unescaped : from.Substring(0, slash + 1) + unescaped;
        }

        var parts = new List<string>();
        foreach (string part in combined.Split('/'))
        {
            if (part.Length == 0 || part == ".")
                continue;
            if (part == "..")
            {
                if (parts.Count == 0)
                    return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        string result = string.Join('/', parts);
        return combined.EndsWith('/') && result.Length > 0 ? result + "/" : result;
    }
}
