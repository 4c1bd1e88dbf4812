namespace Minix.Commands.Sort;

/// <summary>
/// sort -n's comparison in the C locale: leading blanks skipped (newlines too, which -z lines may hold), an optional '-', digits, an optional '.' and
/// fraction; anything else ends the number, and a line with no number is 0. Numbers compare as decimal strings, so
/// any length is exact.
/// </summary>
internal static class NumericKey
{
    /// <summary>Compares the numbers that start two keys.</summary>
    public static int Compare(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        Parse(a, out bool negativeA, out ReadOnlySpan<byte> integerA, out ReadOnlySpan<byte> fractionA);
        Parse(b, out bool negativeB, out ReadOnlySpan<byte> integerB, out ReadOnlySpan<byte> fractionB);
        bool zeroA = integerA.Length == 0 && fractionA.Length == 0, zeroB = integerB.Length == 0 && fractionB.Length == 0;
        int signA = zeroA ? 0 : negativeA ? -1 : 1, signB = zeroB ? 0 : negativeB ? -1 : 1;
        if (signA != signB)
            return signA.CompareTo(signB);
        int magnitude = CompareMagnitude(integerA, fractionA, integerB, fractionB);
        return signA < 0 ? -magnitude : magnitude;
    }

    /// <summary>The number's sign, integer digits without leading zeros, and fraction digits without trailing zeros.</summary>
    private static void Parse(ReadOnlySpan<byte> line, out bool negative, out ReadOnlySpan<byte> integer, out ReadOnlySpan<byte> fraction)
    {
        int at = 0;
        while (at < line.Length && FieldLocator.IsBlank(line[at]))
            at++;
        negative = at < line.Length && line[at] == (byte)'-';
        if (negative)
            at++;
        while (at < line.Length && line[at] == (byte)'0')
            at++;
        int start = at;
        while (at < line.Length && IsDigit(line[at]))
            at++;
        integer = line.Slice(start, at - start);
        fraction = default;
        if (at < line.Length && line[at] == (byte)'.')
        {
            start = ++at;
            while (at < line.Length && IsDigit(line[at]))
                at++;
            int end = at;
            while (end > start && line[end - 1] == (byte)'0')
                end--;
            fraction = line.Slice(start, end - start);
        }
    }

    private static int CompareMagnitude(ReadOnlySpan<byte> integerA, ReadOnlySpan<byte> fractionA, ReadOnlySpan<byte> integerB, ReadOnlySpan<byte> fractionB)
    {
        if (integerA.Length != integerB.Length)
            return integerA.Length.CompareTo(integerB.Length);
        int order = integerA.SequenceCompareTo(integerB);
        if (order != 0)
            return Math.Sign(order);
        return Math.Sign(fractionA.SequenceCompareTo(fractionB));
    }

    private static bool IsDigit(byte b) => b >= (byte)'0' && b <= (byte)'9';
}
