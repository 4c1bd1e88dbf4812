using System.Text;

namespace Minix.Commands.Libc;

/// <summary>
/// The shell's pattern notation (POSIX "Pattern Matching Notation"), matched against a whole name as fnmatch(3)
/// matches it in the C locale: * any run of characters, ? any one, [...] one of a set (ranges, [:class:] names, ! or
/// ^ to negate; a [ with no ] is itself), a backslash quoting the next character. With a leading period a name's
/// first '.' only matches a '.' written in the pattern (FNM_PERIOD). ls's -I, --hide and -B, the shell's case,
/// ${X%pattern} and its pathname expansion all match this one way.
/// </summary>
public static class ShellPattern
{
    /// <summary>Whether all of <paramref name="name"/> matches <paramref name="pattern"/>.</summary>
    /// <param name="pattern">The pattern, with backslashes quoting.</param>
    /// <param name="name">The name.</param>
    /// <param name="leadingPeriod">A leading '.' in <paramref name="name"/> must be matched by a '.' in the pattern.</param>
    /// <returns>True when it matches.</returns>
    public static bool Matches(string pattern, string name, bool leadingPeriod = false)
    {
        int p = 0, n = 0;
        bool hidden = leadingPeriod && name.StartsWith('.');

        // where the last * was, to let it take one more character when what follows it fails
        int afterStar = -1, starTook = 0;
        while (true)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                if (n == 0 && hidden)
                    return false;
                while (p < pattern.Length && pattern[p] == '*')
                    p++;
                afterStar = p;
                starTook = n;
                continue;
            }

            if (n == name.Length)
                return p == pattern.Length;
            int next = p < pattern.Length ? MatchOne(pattern, p, name[n], leadingDot: n == 0 && hidden) : -1;
            if (next >= 0)
            {
                p = next;
                n++;
            }
            else if (afterStar >= 0)
            {
                p = afterStar;
                n = ++starTook;
            }
            else
            {
                return false;
            }
        }
    }

    /// <summary>
    /// The pattern of a shell word whose characters were quoted or not: each quoted one behind a backslash, so it
    /// stands for itself; a backslash left unquoted (from an expansion) still quotes what follows it, as in dash.
    /// </summary>
    /// <param name="text">The word's characters.</param>
    /// <param name="active">For each: unquoted.</param>
    /// <returns>The pattern for <see cref="Matches"/>.</returns>
    public static string Quoted(string text, IReadOnlyList<bool> active)
    {
        var pattern = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (!active[i])
                pattern.Append('\\');
            pattern.Append(text[i]);
        }

        return pattern.ToString();
    }

    /// <summary>Matches one character against the pattern element at <paramref name="p"/> (not a *).</summary>
    /// <returns>The index after the element, or -1 when it does not match.</returns>
    private static int MatchOne(string pattern, int p, char c, bool leadingDot)
    {
        char first = pattern[p];
        if (first == '?')
            return leadingDot ? -1 : p + 1;
        if (first == '[')
        {
            int end = BracketEnd(pattern, p);
            if (end > 0)
                return !leadingDot && InBracket(pattern, p + 1, end, c) ? end + 1 : -1;
        }

        if (first == '\\' && p + 1 < pattern.Length)
            return pattern[p + 1] == c ? p + 2 : -1;
        return first == c ? p + 1 : -1;
    }

    /// <summary>The index of the ] that closes the set opened at <paramref name="open"/>, or -1 when none does (the [ is then an ordinary character).</summary>
    private static int BracketEnd(string pattern, int open)
    {
        int i = open + 1;
        if (i < pattern.Length && pattern[i] is '!' or '^')
            i++;

        // a ] first in the set is one of its characters
        if (i < pattern.Length && pattern[i] == ']')
            i++;
        while (i < pattern.Length && pattern[i] != ']')
        {
            if (pattern[i] == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':')
            {
                int close = pattern.IndexOf(":]", i + 2, StringComparison.Ordinal);
                i = close < 0 ? i + 1 : close + 2;
            }
            else
            {
                i += pattern[i] == '\\' && i + 1 < pattern.Length ? 2 : 1;
            }
        }

        return i < pattern.Length ? i : -1;
    }

    /// <summary>Whether <paramref name="c"/> is in the set between <paramref name="from"/> and its closing ] at <paramref name="end"/>; an unknown class matches nothing.</summary>
    private static bool InBracket(string pattern, int from, int end, char c)
    {
        int i = from;
        bool negate = pattern[i] is '!' or '^';
        if (negate)
            i++;
        bool found = false;
        while (i < end)
        {
            if (pattern[i] == '[' && i + 1 < end && pattern[i + 1] == ':' && pattern.IndexOf(":]", i + 2, StringComparison.Ordinal) is int close and > 0 && close < end)
            {
                int? member = InClass(pattern.Substring(i + 2, close - i - 2), c);
                if (member is null)
                    return false;
                found |= member == 1;
                i = close + 2;
                continue;
            }

            char low = pattern[i];
            if (low == '\\' && i + 1 < end)
                low = pattern[++i];
            i++;
            if (i + 1 < end && pattern[i] == '-')
            {
                char high = pattern[i + 1];
                i += 2;
                if (high == '\\' && i < end)
                    high = pattern[i++];
                found |= c >= low && c <= high;
            }
            else
            {
                found |= c == low;
            }
        }

        return found != negate;
    }

    /// <summary>1 when <paramref name="c"/> is of the C locale's class <paramref name="name"/>, 0 when not, null for no such class.</summary>
    private static int? InClass(string name, char c)
    {
        bool? member = name switch
        {
            "alpha" => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z',
            "digit" => c is >= '0' and <= '9',
            "alnum" => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9',
            "upper" => c is >= 'A' and <= 'Z',
            "lower" => c is >= 'a' and <= 'z',
            "space" => c is ' ' or >= '\t' and <= '\r',
            "blank" => c is ' ' or '\t',
            "punct" => c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~',
            "print" => c is >= ' ' and <= '~',
            "graph" => c is > ' ' and <= '~',
            "cntrl" => c is < ' ' or '\u007f',
            "xdigit" => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F',
            _ => null,
        };
        return member is null ? null : member.Value ? 1 : 0;
    }
}
