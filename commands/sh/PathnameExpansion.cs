using Minix.Commands.Libc;

namespace Minix.Commands.Shell;

/// <summary>
/// Pathname expansion (globbing): a field with an unquoted * ? or [...] becomes the sorted names that match it,
/// component by component; a leading dot must be matched explicitly; with no match the field stays as written.
/// </summary>
public static class PathnameExpansion
{
    /// <summary>The names <paramref name="pattern"/> matches, or the pattern itself when none does (or it has no glob characters).</summary>
    /// <param name="pattern">The field.</param>
    /// <param name="active">For each character: unquoted, so * ? [ in it are glob characters.</param>
    /// <returns>The fields.</returns>
    public static List<string> Expand(string pattern, IReadOnlyList<bool> active)
    {
        bool any = false;
        for (int i = 0; i < pattern.Length; i++)
            any |= active[i] && pattern[i] is '*' or '?' or '[';
        if (!any)
            return [pattern];

        // Components with their activity, split at '/'.
        var components = new List<(string Text, bool[] Active)>();
        int start = 0;
        for (int i = 0; i <= pattern.Length; i++)
        {
            if (i == pattern.Length || pattern[i] == '/')
            {
                var flags = new bool[i - start];
                for (int j = start; j < i; j++)
                    flags[j - start] = active[j];
                components.Add((pattern[start..i], flags));
                start = i + 1;
            }
        }

        bool absolute = pattern.StartsWith('/');
        var paths = new List<string> { absolute ? "/" : "" };
        for (int c = absolute ? 1 : 0; c < components.Count; c++)
        {
            var (text, flags) = components[c];
            bool last = c == components.Count - 1;
            var next = new List<string>();
            foreach (string prefix in paths)
            {
                if (!HasGlob(text, flags))
                {
                    next.Add(prefix + text + (last ? "" : "/"));
                    continue;
                }

                var names = new List<string>();
                if (Sys.ReadDirectory(prefix.Length == 0 ? "." : prefix, names) < 0)
                    continue;
                names.Sort(StringComparer.Ordinal);
                foreach (string name in names)
                {
                    if (name == "." || name == ".." || (name.StartsWith('.') && !(text.StartsWith('.'))))
                        continue;
                    if (Matches(text, flags, 0, name, 0))
                        next.Add(prefix + name + (last ? "" : "/"));
                }
            }

            paths = next;
        }

        var found = new List<string>();
        foreach (string path in paths)
        {
            if (path.Length > 0 && Sys.LinkStat(path.TrimEnd('/').Length == 0 ? "/" : path.TrimEnd('/'), out _) >= 0)
                found.Add(path);
        }

        return found.Count > 0 ? found : [pattern];
    }

    private static bool HasGlob(string text, bool[] flags)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (flags[i] && text[i] is '*' or '?' or '[')
                return true;
        }

        return false;
    }

    /// <summary>Whether all of <paramref name="text"/> matches <paramref name="pattern"/> (for case and ${X%pattern}: / is an ordinary character there).</summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="active">For each of its characters: unquoted, so * ? [ act.</param>
    /// <param name="text">The text.</param>
    /// <returns>True when it matches.</returns>
    public static bool Matches(string pattern, bool[] active, string text) => Matches(pattern, active, 0, text, 0);

    /// <summary>Whether <paramref name="name"/> from <paramref name="n"/> on matches the pattern from <paramref name="p"/> on.</summary>
    private static bool Matches(string pattern, bool[] active, int p, string name, int n)
    {
        while (p < pattern.Length)
        {
            char c = pattern[p];
            if (active[p] && c == '*')
            {
                for (int k = n; k <= name.Length; k++)
                {
                    if (Matches(pattern, active, p + 1, name, k))
                        return true;
                }

                return false;
            }

            if (n >= name.Length)
                return false;
            if (active[p] && c == '?')
            {
                p++;
                n++;
                continue;
            }

            if (active[p] && c == '[')
            {
                int end = BracketEnd(pattern, p);
                if (end > 0)
                {
                    if (!InBracket(pattern[(p + 1)..end], name[n]))
                        return false;
                    p = end + 1;
                    n++;
                    continue;
                }
            }

            if (c != name[n])
                return false;
            p++;
            n++;
        }

        return n == name.Length;
    }

    /// <summary>The index of the ] closing the bracket expression at <paramref name="open"/>, or -1 (then [ is ordinary).</summary>
    private static int BracketEnd(string pattern, int open)
    {
        int i = open + 1;
        if (i < pattern.Length && (pattern[i] == '!' || pattern[i] == '^'))
            i++;
        if (i < pattern.Length && pattern[i] == ']')
            i++;
        int close = pattern.IndexOf(']', i);
        return close;
    }

    private static bool InBracket(string set, char c)
    {
        bool negate = set.Length > 0 && (set[0] == '!' || set[0] == '^');
        if (negate)
            set = set[1..];
        bool found = false;
        for (int i = 0; i < set.Length; i++)
        {
            if (i + 2 < set.Length && set[i + 1] == '-')
            {
                found |= c >= set[i] && c <= set[i + 2];
                i += 2;
            }
            else
                found |= c == set[i];
        }

        return found != negate;
    }
}
