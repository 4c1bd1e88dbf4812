namespace Minix.Commands.Libc;

/// <summary>
/// GNU's filevercmp, the order of ls -v and sort -V: "." first, then "..", then other names starting with '.',
/// then the rest; runs of digits compare as numbers ("a2" before "a10"), '~' before anything, even the end, letters
/// before other characters; a name's suffix (its trailing ".ext" parts: a '.', a letter or '~', letters, digits or
/// '~') counts only when the names are equal without it.
/// </summary>
public static class VersionOrder
{
    /// <summary>Negative when <paramref name="a"/> comes before <paramref name="b"/>, positive after, 0 when neither.</summary>
    /// <param name="a">A name.</param>
    /// <param name="b">The other.</param>
    /// <returns>The order.</returns>
    public static int Compare(string a, string b) => Compare(a.AsSpan(), b.AsSpan());

    /// <summary>Negative when <paramref name="a"/> comes before <paramref name="b"/>, positive after, 0 when neither.</summary>
    /// <param name="a">A name; sort passes a key's bytes, each as the char of the same value, so that they weigh as GNU's bytes.</param>
    /// <param name="b">The other.</param>
    /// <returns>The order.</returns>
    public static int Compare(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 || b.Length == 0)
            return (a.Length == 0 ? 0 : 1) - (b.Length == 0 ? 0 : 1);
        int dots = DotRank(a) - DotRank(b);
        if (dots != 0 || DotRank(a) < 2)
            return dots;
        int aEnd = SuffixStart(a), bEnd = SuffixStart(b);
        int order = ComparePrefixes(a, aEnd, b, bEnd);
        if (order != 0 || (aEnd == a.Length && bEnd == b.Length))
            return order;
        return ComparePrefixes(a, a.Length, b, b.Length);
    }

    /// <summary>0 for ".", 1 for "..", 2 for other names starting with '.', 3 for the rest.</summary>
    private static int DotRank(ReadOnlySpan<char> name) =>
        name[0] != '.' ? 3 : name.Length == 1 ? 0 : name.Length == 2 && name[1] == '.' ? 1 : 2;

    /// <summary>Where the name's suffix starts: the first place from which the rest is all ".ext" parts (all of ".a1"); its length if none.</summary>
    private static int SuffixStart(ReadOnlySpan<char> name)
    {
        // from the end back: whether the rest from each place on is a run of ".ext" parts
        var parts = new bool[name.Length + 1];
        parts[name.Length] = true;
        int start = name.Length;
        for (int i = name.Length - 1; i >= 0; i--)
        {
            if (name[i] != '.' || i + 1 >= name.Length || !(IsLetter(name[i + 1]) || name[i + 1] == '~'))
                continue;
            int end = i + 2;
            while (end < name.Length && (IsLetter(name[end]) || IsDigit(name[end]) || name[end] == '~'))
                end++;
            parts[i] = parts[end];
            if (parts[i])
                start = i;
        }

        return start;
    }

    /// <summary>Debian's version comparison of <paramref name="a"/> up to <paramref name="aLength"/> and <paramref name="b"/> up to <paramref name="bLength"/>.</summary>
    private static int ComparePrefixes(ReadOnlySpan<char> a, int aLength, ReadOnlySpan<char> b, int bLength)
    {
        int i = 0, j = 0;
        while (i < aLength || j < bLength)
        {
            // the text before the next digits, character by character
            while ((i < aLength && !IsDigit(a[i])) || (j < bLength && !IsDigit(b[j])))
            {
                int left = Weight(a, i, aLength), right = Weight(b, j, bLength);
                if (left != right)
                    return left - right;
                i++;
                j++;
            }

            // then the digits as numbers: without leading zeros, the longer is larger, else the first difference
            while (i < aLength && a[i] == '0')
                i++;
            while (j < bLength && b[j] == '0')
                j++;
            int difference = 0;
            while (i < aLength && j < bLength && IsDigit(a[i]) && IsDigit(b[j]))
            {
                if (difference == 0)
                    difference = a[i] - b[j];
                i++;
                j++;
            }

            if (i < aLength && IsDigit(a[i]))
                return 1;
            if (j < bLength && IsDigit(b[j]))
                return -1;
            if (difference != 0)
                return difference;
        }

        return 0;
    }

    /// <summary>How a character of the text between digits sorts: '~' first, then the end of the text, digits, letters, and the other characters.</summary>
    private static int Weight(ReadOnlySpan<char> text, int at, int length)
    {
        if (at >= length)
            return -1;
        char c = text[at];
        return c == '~' ? -2 : IsDigit(c) ? 0 : IsLetter(c) ? c : c + 256;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}
