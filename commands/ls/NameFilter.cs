using Minix.Commands.Libc;

namespace Minix.Commands.Ls;

/// <summary>Which of a directory's names ls leaves out: hidden ones (-a, -A), and those -I, -B and --hide name.</summary>
internal sealed class NameFilter(Settings settings)
{
    /// <summary>
    /// Whether a directory's entry is left out: a name starting with '.' unless -a (. and .. too unless -A), one that
    /// an -I or -B pattern matches, or one that a --hide pattern matches unless -a or -A.
    /// </summary>
    public bool LeavesOut(string name)
    {
        if (name.StartsWith('.') && (settings.Hidden == Settings.ShowDefault || (settings.Hidden == Settings.ShowAlmostAll && name is "." or "..")))
            return true;
        if (settings.Hidden == Settings.ShowDefault && AnyMatches(settings.HidePatterns, name))
            return true;
        return AnyMatches(settings.IgnorePatterns, name);
    }

    private static bool AnyMatches(List<string> patterns, string name)
    {
        foreach (string pattern in patterns)
        {
            if (ShellPattern.Matches(pattern, name, leadingPeriod: true))
                return true;
        }

        return false;
    }
}
