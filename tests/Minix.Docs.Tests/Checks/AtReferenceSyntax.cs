using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Minix.Docs.Checks;

/// <summary>
/// Finds DocFX's shorthand cross-references in running text: <c>@Minix.Ipc.Message</c>, or <c>@"Uid with spaces"</c>.
/// The <c>@</c> must start the text or follow a space or an opening bracket, so e-mail addresses and decorators
/// in prose are left alone; the UID must start with a letter.
/// </summary>
public static partial class AtReferenceSyntax
{
    /// <summary>The UIDs of every shorthand reference in <paramref name="text"/>.</summary>
    /// <param name="text">A run of literal text (code spans and code blocks excluded).</param>
    /// <returns>The UIDs, in order.</returns>
    public static IEnumerable<string> Find(string text)
    {
        foreach (Match match in Shorthand().Matches(text))
        {
            if (match.Groups["quoted"].Success)
            {
                yield return match.Groups["quoted"].Value;
                continue;
            }

            // A closing parenthesis belongs to the UID only if the UID opened one (a method signature).
            string uid = match.Groups["plain"].Value;
            while (uid.EndsWith(')') && uid.Count(c => c == ')') > uid.Count(c => c == '('))
                uid = uid.Substring(0, uid.Length - 1).TrimEnd('.', ',');
            yield return uid;
        }
    }

    [GeneratedRegex("""(?<![^\s(\[])@(?:"(?<quoted>[^"]+)"|'(?<quoted>[^']+)'|(?<plain>[A-Za-z][\w.`#*(),~-]*[\w`*)]|[A-Za-z]))""")]
    private static partial Regex Shorthand();
}
