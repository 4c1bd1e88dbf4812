namespace System.Globalization;

/// <summary>Unicode properties of characters, from the runtime's tables of the BMP.</summary>
public static class CharUnicodeInfo
{
    /// <summary>The general category of <paramref name="ch"/>.</summary>
    /// <param name="ch">The code unit.</param>
    /// <returns>The category.</returns>
    public static UnicodeCategory GetUnicodeCategory(char ch)
    {
        ReadOnlySpan<ushort> starts = UnicodeTables.CategoryStarts;
        int lo = 0, hi = starts.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= ch)
                lo = mid;
            else
                hi = mid - 1;
        }

        return (UnicodeCategory)UnicodeTables.Categories[lo];
    }

    // The invariant simple case mapping of `c` through one of the run tables.
    internal static char Map(char c, ReadOnlySpan<int> runs)
    {
        int count = runs.Length / 4;
        int lo = 0, hi = count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (runs[mid * 4] <= c)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (found < 0)
            return c;
        int start = runs[found * 4], length = runs[found * 4 + 1], stride = runs[found * 4 + 2], delta = runs[found * 4 + 3];
        int offset = c - start;
        if (offset % stride != 0 || offset / stride >= length)
            return c;
        return (char)(c + delta);
    }
}
