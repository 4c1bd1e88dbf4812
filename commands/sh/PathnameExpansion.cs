using Minix.Commands.Libc;
using Minix.Posix.Abi;

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
        if (!HasGlob(ShellPattern.Quoted(pattern, active)))
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
                string component = ShellPattern.Quoted(text, flags);
                if (!HasGlob(component))
                {
                    next.Add(prefix + text + (last ? "" : "/"));
                    continue;
                }

                var names = new List<string>();
                if (Sys.ReadDirectory(prefix.Length == 0 ? "." : prefix, names) < 0)
                    continue;

                // As dash, which reads them from the directory: .* names . and .. too.
                foreach (string dots in new[] { ".", ".." })
                {
                    if (!names.Contains(dots))
                        names.Add(dots);
                }

                names.Sort(StringComparer.Ordinal);
                foreach (string name in names)
                {
                    if (ShellPattern.Matches(component, name, leadingPeriod: true))
                        next.Add(prefix + name + (last ? "" : "/"));
                }
            }

            paths = next;
        }

        // A name followed by a slash must be a directory (or a link to one); dash sorts what the whole word matched.
        var found = new List<string>();
        foreach (string path in paths)
        {
            string trimmed = path.TrimEnd('/').Length == 0 ? "/" : path.TrimEnd('/');
            bool exists = path.EndsWith('/')
                ? Sys.Stat(trimmed, out FileStatus status) >= 0 && (status.Mode & FileModeBits.TypeMask) == FileModeBits.Directory
                : Sys.LinkStat(trimmed, out _) >= 0;
            if (path.Length > 0 && exists)
                found.Add(path);
        }

        found.Sort(StringComparer.Ordinal);
        return found.Count > 0 ? found : [pattern];
    }

    /// <summary>Whether a pattern has a * ? or [ that no backslash quotes: a word without one is left as it is, as dash leaves it.</summary>
    private static bool HasGlob(string pattern)
    {
        for (int i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
                i++;
            else if (pattern[i] is '*' or '?' or '[')
                return true;
        }

        return false;
    }
}
