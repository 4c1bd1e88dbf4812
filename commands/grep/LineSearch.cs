using Minix.Commands.Grep.Patterns;

namespace Minix.Commands.Grep;

/// <summary>
/// Matching a line with -i, -w and -x: by the regular expressions if there are some, else as fixed strings (-F).
/// Besides whether a line matches, it finds where, for -o: the leftmost match, and of those starting there the
/// longest, as POSIX and GNU grep choose.
/// </summary>
internal sealed class LineSearch(List<byte[]> patterns, PatternMatcher? regex, bool ignoreCase, bool words, bool wholeLine)
{
    /// <summary>Whether some part of <paramref name="line"/> matches.</summary>
    /// <param name="line">The line, without its newline.</param>
    /// <returns>True if it does.</returns>
    public bool Matches(ReadOnlySpan<byte> line)
    {
        // -x is compiled into the expression, and it overrides -w
        if (regex is not null)
            return regex.Matches(line, words && !wholeLine);
        foreach (byte[] pattern in patterns)
        {
            if (wholeLine ? line.Length == pattern.Length && At(line, 0, pattern) : Contains(line, pattern))
                return true;
        }

        return false;
    }

    /// <summary>The leftmost-longest match that starts at or after <paramref name="from"/>.</summary>
    /// <param name="line">The whole line (assertions and -w look at the bytes before <paramref name="from"/>).</param>
    /// <param name="from">Where to start looking.</param>
    /// <param name="start">Where the match starts.</param>
    /// <param name="end">Just after the match (equal to <paramref name="start"/> for an empty match).</param>
    /// <returns>False if there is none.</returns>
    public bool NextMatch(ReadOnlySpan<byte> line, int from, out int start, out int end)
    {
        for (start = from; start <= line.Length; start++)
        {
            end = regex is not null ? regex.LongestAt(line, start, words && !wholeLine) : LongestFixedAt(line, start);
            if (end >= 0)
                return true;
        }

        start = end = -1;
        return false;
    }

    private int LongestFixedAt(ReadOnlySpan<byte> line, int start)
    {
        int longest = -1;
        foreach (byte[] pattern in patterns)
        {
            int end = start + pattern.Length;
            if (end > line.Length || end <= longest || !At(line, start, pattern))
                continue;
            if (wholeLine ? start == 0 && end == line.Length : !words || (WordEdge(line, start - 1) && WordEdge(line, end)))
                longest = end;
        }

        return longest;
    }

    private bool Contains(ReadOnlySpan<byte> line, byte[] pattern)
    {
        for (int at = 0; at + pattern.Length <= line.Length; at++)
        {
            if (!At(line, at, pattern))
                continue;
            // an empty pattern too: under -w it matches where no word byte is on either side, as in GNU grep
            if (!words || (WordEdge(line, at - 1) && WordEdge(line, at + pattern.Length)))
                return true;
        }

        return false;
    }

    private bool At(ReadOnlySpan<byte> line, int at, byte[] pattern)
    {
        for (int i = 0; i < pattern.Length; i++)
        {
            byte a = line[at + i], b = pattern[i];
            if (a != b && !(ignoreCase && Lower(a) == Lower(b)))
                return false;
        }

        return true;
    }

    private static bool WordEdge(ReadOnlySpan<byte> line, int at) => at < 0 || at >= line.Length || !CharacterClasses.IsWordByte(line[at]);

    private static byte Lower(byte b) => b >= (byte)'A' && b <= (byte)'Z' ? (byte)(b + 32) : b;
}
