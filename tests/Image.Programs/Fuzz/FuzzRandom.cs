namespace Image.Programs.Fuzz;

/// <summary>
/// SplitMix64: a small, fast, seedable generator. The same seed gives the same sequence on every machine and boot,
/// which is what makes a fuzzing run reproducible.
/// </summary>
internal struct FuzzRandom
{
    private ulong _state;

    public FuzzRandom(ulong seed) => _state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in 0 .. <paramref name="bound"/> - 1.</summary>
    public int Below(int bound) => (int)(Next() % (ulong)bound);

    /// <summary>True <paramref name="percent"/> times in a hundred.</summary>
    public bool Percent(int percent) => Below(100) < percent;
}
