namespace Minix.Commands.Sort;

/// <summary>
/// sort -h's comparison: a number's unit suffix (k or K, M, G, T, P, E, Z, Y, right after its digits) decides first,
/// a negative number's reversed, and a number that is zero or has no digits counts as having none; numbers with the
/// same unit then compare as -n's.
/// </summary>
internal static class HumanNumericKey
{
    private const string Units = "KMGTPEZY";

    /// <summary>Compares the numbers that start two keys.</summary>
    public static int Compare(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        int units = UnitOrder(a).CompareTo(UnitOrder(b));
        return units != 0 ? units : NumericKey.Compare(a, b);
    }

    /// <summary>0 for no unit, 1 for K up to 8 for Y; negative for a negative number.</summary>
    private static int UnitOrder(ReadOnlySpan<byte> key)
    {
        int at = 0;
        while (at < key.Length && FieldLocator.IsBlank(key[at]))
            at++;
        bool negative = at < key.Length && key[at] == (byte)'-';
        if (negative)
            at++;
        bool nonZero = false;
        at = SkipDigits(key, at, ref nonZero);
        if (at < key.Length && key[at] == (byte)'.')
            at = SkipDigits(key, at + 1, ref nonZero);
        if (!nonZero || at >= key.Length)
            return 0;
        int order = key[at] == (byte)'k' ? 1 : Units.IndexOf((char)key[at]) + 1;
        return negative ? -order : order;
    }

    private static int SkipDigits(ReadOnlySpan<byte> key, int at, ref bool nonZero)
    {
        for (; at < key.Length && key[at] >= (byte)'0' && key[at] <= (byte)'9'; at++)
            nonZero |= key[at] != (byte)'0';
        return at;
    }
}
