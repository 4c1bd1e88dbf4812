using Minix.Commands.Libc;

namespace Minix.Commands.Sort;

/// <summary>
/// Compares two keys by their options: -d and -i drop characters and -f folds case first, then the key's order
/// (-n, -g, -h, -M, -V, or its bytes) decides; -r is left to the caller.
/// </summary>
internal static class KeyComparison
{
    private const KeyOptions Orders = KeyOptions.Numeric | KeyOptions.GeneralNumeric | KeyOptions.HumanNumeric | KeyOptions.Month | KeyOptions.Version;

    /// <summary>Negative when key <paramref name="a"/> sorts before <paramref name="b"/>, positive after, 0 when they are equal.</summary>
    public static int Compare(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, KeyOptions options)
    {
        bool filters = (options & (KeyOptions.Dictionary | KeyOptions.Nonprinting | KeyOptions.FoldCase)) != 0;
        if ((options & Orders) == 0)
            return filters ? CompareFiltered(a, b, options) : Math.Sign(a.SequenceCompareTo(b));
        if (filters)
        {
            a = Filter(a, options);
            b = Filter(b, options);
        }

        if ((options & KeyOptions.Numeric) != 0)
            return NumericKey.Compare(a, b);
        if ((options & KeyOptions.GeneralNumeric) != 0)
            return GeneralNumericKey.Compare(a, b);
        if ((options & KeyOptions.HumanNumeric) != 0)
            return HumanNumericKey.Compare(a, b);
        if ((options & KeyOptions.Month) != 0)
            return MonthKey.Compare(a, b);
        return Math.Sign(VersionOrder.Compare(AsChars(a), AsChars(b)));
    }

    /// <summary>The text order with characters dropped or folded, without copying the keys.</summary>
    private static int CompareFiltered(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, KeyOptions options)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && Ignored(a[i], options))
                i++;
            while (j < b.Length && Ignored(b[j], options))
                j++;
            if (i >= a.Length || j >= b.Length)
                return (i < a.Length ? 1 : 0) - (j < b.Length ? 1 : 0);
            int order = Translated(a[i], options) - Translated(b[j], options);
            if (order != 0)
                return Math.Sign(order);
            i++;
            j++;
        }
    }

    private static byte[] Filter(ReadOnlySpan<byte> key, KeyOptions options)
    {
        var kept = new List<byte>(key.Length);
        foreach (byte b in key)
        {
            if (!Ignored(b, options))
                kept.Add(Translated(b, options));
        }

        return kept.ToArray();
    }

    /// <summary>Whether -d (all but blanks, letters and digits) or -i (all but printable ASCII) drops <paramref name="b"/>.</summary>
    private static bool Ignored(byte b, KeyOptions options)
    {
        if ((options & KeyOptions.Dictionary) != 0)
            return !(FieldLocator.IsBlank(b) || (b >= (byte)'0' && b <= (byte)'9') || ((b | 0x20) >= (byte)'a' && (b | 0x20) <= (byte)'z'));
        if ((options & KeyOptions.Nonprinting) != 0)
            return b < 0x20 || b > 0x7E;
        return false;
    }

    private static byte Translated(byte b, KeyOptions options) =>
        (options & KeyOptions.FoldCase) != 0 && b >= (byte)'a' && b <= (byte)'z' ? (byte)(b - 32) : b;

    /// <summary>Each byte as the char of the same value, so that VersionOrder weighs it as GNU weighs the byte.</summary>
    private static char[] AsChars(ReadOnlySpan<byte> key)
    {
        var chars = new char[key.Length];
        for (int i = 0; i < key.Length; i++)
            chars[i] = (char)key[i];
        return chars;
    }
}
