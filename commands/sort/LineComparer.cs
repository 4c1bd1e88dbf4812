namespace Minix.Commands.Sort;

/// <summary>
/// The order of lines: key by key, each reversed by its own -r; then, when all keys are equal and neither -s nor -u
/// was given, the whole lines as bytes, reversed only by the global -r.
/// </summary>
internal sealed class LineComparer
{
    private readonly IReadOnlyList<SortKey> _keys;
    private readonly int _separator;
    private readonly bool _lastResort;
    private readonly bool _reverse;

    /// <summary>Makes the order.</summary>
    /// <param name="keys">The keys (-k, or the whole line with the global options), in order; empty for plain byte order.</param>
    /// <param name="separator">-t's byte, or -1 for blank-separated fields.</param>
    /// <param name="lastResort">Whether lines with equal keys compare as bytes.</param>
    /// <param name="reverse">The global -r, which reverses the last resort.</param>
    public LineComparer(IReadOnlyList<SortKey> keys, int separator, bool lastResort, bool reverse)
    {
        _keys = keys;
        _separator = separator;
        _lastResort = lastResort || keys.Count == 0;
        _reverse = reverse;
    }

    /// <summary>Negative when line <paramref name="a"/> sorts before <paramref name="b"/>, positive after, 0 when they are equal (for -u: duplicates).</summary>
    public int Compare(ArraySegment<byte> a, ArraySegment<byte> b)
    {
        foreach (SortKey key in _keys)
        {
            int order = KeyComparison.Compare(FieldLocator.Find(a.AsSpan(), key, _separator), FieldLocator.Find(b.AsSpan(), key, _separator), key.Options);
            if (order != 0)
                return (key.Options & KeyOptions.Reverse) != 0 ? -order : order;
        }

        if (!_lastResort)
            return 0;
        int bytes = Math.Sign(a.AsSpan().SequenceCompareTo(b.AsSpan()));
        return _reverse ? -bytes : bytes;
    }
}
