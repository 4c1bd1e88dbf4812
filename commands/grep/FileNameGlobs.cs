using Minix.Commands.Libc;

namespace Minix.Commands.Grep;

/// <summary>
/// --include, --exclude and --exclude-dir: shell patterns (fnmatch without FNM_PERIOD) that leave files and
/// directories out of the search. A name met in a directory walk is matched whole; a name from the command line also
/// by each part after a '/', as GNU grep matches them.
/// </summary>
internal sealed class FileNameGlobs
{
    /// <summary>--include: when there are some, only files matching one are searched.</summary>
    public List<string> Include { get; } = new();

    /// <summary>--exclude: files matching one are skipped.</summary>
    public List<string> Exclude { get; } = new();

    /// <summary>--exclude-dir: directories matching one are not walked.</summary>
    public List<string> ExcludeDirectories { get; } = new();

    /// <summary>Whether a file is left out.</summary>
    /// <param name="name">Its name in its directory, or the operand.</param>
    /// <param name="operand">Whether it was named on the command line.</param>
    /// <returns>True if it is not to be searched.</returns>
    public bool SkipsFile(string name, bool operand) =>
        AnyMatches(Exclude, name, operand) || (Include.Count > 0 && !AnyMatches(Include, name, operand));

    /// <summary>Whether a directory is left out.</summary>
    /// <param name="name">Its name in its directory, or the operand.</param>
    /// <param name="operand">Whether it was named on the command line.</param>
    /// <returns>True if it is not to be walked.</returns>
    public bool SkipsDirectory(string name, bool operand) => AnyMatches(ExcludeDirectories, name, operand);

    private static bool AnyMatches(List<string> patterns, string name, bool operand)
    {
        foreach (string pattern in patterns)
        {
            if (ShellPattern.Matches(pattern, name))
                return true;
            for (int slash = name.IndexOf('/'); operand && slash >= 0; slash = name.IndexOf('/', slash + 1))
            {
                if (slash + 1 < name.Length && name[slash + 1] != '/' && ShellPattern.Matches(pattern, name.Substring(slash + 1)))
                    return true;
            }
        }

        return false;
    }
}
