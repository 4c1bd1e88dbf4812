namespace Minix.Build.FaultInjection;

/// <summary>
/// The planner's random numbers: SplitMix64 seeded by the campaign seed and the fault number, so any one fault of a
/// plan is made again without making the ones before it, on any machine and .NET version.
/// </summary>
public struct FaultRandom
{
    private ulong _state;

    /// <summary>The generator for fault <paramref name="number"/> of a campaign with seed <paramref name="seed"/>.</summary>
    /// <param name="seed">The campaign seed.</param>
    /// <param name="number">The fault number.</param>
    public FaultRandom(long seed, int number) => _state = (ulong)seed * 0x9E37_79B9_7F4A_7C15UL ^ ((ulong)number + 1) * 0xD1B5_4A32_D192_ED03UL;

    /// <summary>The next 64 random bits.</summary>
    /// <returns>The bits.</returns>
    public ulong Next()
    {
        ulong z = _state += 0x9E37_79B9_7F4A_7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number from 0 to <paramref name="bound"/> - 1.</summary>
    /// <param name="bound">The bound, at least 1.</param>
    /// <returns>The number.</returns>
    public int Below(int bound) => (int)(Next() % (ulong)bound);
}
