namespace System.Collections.Generic;

// Bucket counts for the hash tables: primes, so that hash codes sharing a factor still spread.
internal static class HashTableSizes
{
    public static int PrimeAtLeast(int min)
    {
        for (int candidate = min | 1; candidate < int.MaxValue; candidate += 2)
        {
            if (IsPrime(candidate))
                return candidate;
        }

        return min;
    }

    // Roughly doubles, as .NET's collections grow.
    public static int Expanded(int count) => PrimeAtLeast(count < 2 ? 3 : 2 * count);

    private static bool IsPrime(int candidate)
    {
        if (candidate < 4)
            return candidate > 1;
        if ((candidate & 1) == 0)
            return false;
        for (int divisor = 3; divisor * divisor <= candidate; divisor += 2)
        {
            if (candidate % divisor == 0)
                return false;
        }

        return true;
    }
}
