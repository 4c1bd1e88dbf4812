namespace Minix.Commands.Sort;

/// <summary>
/// sort -M's comparison: after leading blanks, the first three letters of an English month name in any case
/// (so "january" and "JANx" are January); anything else comes before January.
/// </summary>
internal static class MonthKey
{
    private static readonly string[] Names = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    /// <summary>Compares the months that start two keys.</summary>
    public static int Compare(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) => Month(a).CompareTo(Month(b));

    /// <summary>1 for January up to 12 for December, 0 for no month.</summary>
    private static int Month(ReadOnlySpan<byte> key)
    {
        int at = 0;
        while (at < key.Length && FieldLocator.IsBlank(key[at]))
            at++;
        if (key.Length - at < 3)
            return 0;
        for (int month = 0; month < Names.Length; month++)
        {
            string name = Names[month];
            if (Upper(key[at]) == name[0] && Upper(key[at + 1]) == name[1] && Upper(key[at + 2]) == name[2])
                return month + 1;
        }

        return 0;
    }

    private static char Upper(byte b) => b >= (byte)'a' && b <= (byte)'z' ? (char)(b - 32) : (char)b;
}
