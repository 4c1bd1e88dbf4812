using System.Text;
using System.Text.RegularExpressions;

namespace Minix.Docs.Checks;

/// <summary>
/// A file glob as docfx.json writes them: <c>*</c> matches within one folder, <c>**</c> across folders
/// (<c>**/</c> also matches no folder at all), <c>?</c> one character, <c>{md,yml}</c> one of the alternatives.
/// Paths are relative, with forward slashes.
/// </summary>
public sealed class GlobPattern
{
    private readonly Regex _regex;

    /// <summary>Compiles a glob.</summary>
    /// <param name="pattern">The glob.</param>
    public GlobPattern(string pattern)
    {
        Pattern = pattern;
        _regex = new Regex("^" + Translate(pattern) + "$", RegexOptions.CultureInvariant);
    }

    /// <summary>The glob as written.</summary>
    public string Pattern { get; }

    /// <summary>Whether <paramref name="relativePath"/> matches.</summary>
    /// <param name="relativePath">A relative path with forward slashes.</param>
    /// <returns>True on a match.</returns>
    public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath);

    private static string Translate(string pattern)
    {
        var regex = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    i++;
                    if (i + 1 < pattern.Length && pattern[i + 1] == '/')
                    {
                        i++;
                        regex.Append("(?:.*/)?");
                    }
                    else
                    {
                        regex.Append(".*");
                    }

                    break;
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '{':
                    braces++;
                    regex.Append("(?:");
                    break;
                case '}' when braces > 0:
                    braces--;
                    regex.Append(')');
                    break;
                case ',' when braces > 0:
                    regex.Append('|');
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return regex.ToString();
    }
}
