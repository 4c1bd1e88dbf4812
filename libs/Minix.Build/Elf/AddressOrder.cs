namespace Minix.Build.Elf;

/// <summary>Searches of tables sorted by address (an object's symbols, a linked image's map).</summary>
internal static class AddressOrder
{
    /// <summary>How many entries of <paramref name="sorted"/> have an address at or below <paramref name="address"/>.</summary>
    /// <param name="sorted">The entries, in ascending order of <paramref name="addressOf"/>.</param>
    /// <param name="address">The address looked for.</param>
    /// <param name="addressOf">An entry's address.</param>
    /// <typeparam name="T">The entry type.</typeparam>
    /// <returns>The index just past the last such entry (0 when none is).</returns>
    public static int CountAtOrBelow<T>(IReadOnlyList<T> sorted, ulong address, Func<T, ulong> addressOf)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (addressOf(sorted[middle]) <= address)
                low = middle + 1;
            else
                high = middle;
        }

        return low;
    }
}
