namespace Minix.Commands.Grep.Patterns;

/// <summary>A set of bytes (what one step of a pattern may consume), as 256 bits.</summary>
public struct ByteSet
{
    private ulong _bits0, _bits1, _bits2, _bits3;

    /// <summary>Every byte.</summary>
    public static ByteSet All
    {
        get
        {
            var set = new ByteSet();
            set.AddRange(0, 255);
            return set;
        }
    }

    /// <summary>Adds <paramref name="value"/>.</summary>
    /// <param name="value">The byte.</param>
    public void Add(int value)
    {
        ulong bit = 1UL << (value & 63);
        switch (value >> 6)
        {
            case 0: _bits0 |= bit; break;
            case 1: _bits1 |= bit; break;
            case 2: _bits2 |= bit; break;
            default: _bits3 |= bit; break;
        }
    }

    /// <summary>Adds every byte from <paramref name="first"/> to <paramref name="last"/>.</summary>
    /// <param name="first">The lowest byte.</param>
    /// <param name="last">The highest byte.</param>
    public void AddRange(int first, int last)
    {
        for (int value = first; value <= last; value++)
            Add(value);
    }

    /// <summary>Whether <paramref name="value"/> is in the set.</summary>
    /// <param name="value">The byte.</param>
    /// <returns>True if it is.</returns>
    public readonly bool Contains(byte value)
    {
        ulong bits = (value >> 6) switch { 0 => _bits0, 1 => _bits1, 2 => _bits2, _ => _bits3 };
        return (bits & (1UL << (value & 63))) != 0;
    }

    /// <summary>The bytes in either set.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The union.</returns>
    public readonly ByteSet Union(ByteSet other) => new() { _bits0 = _bits0 | other._bits0, _bits1 = _bits1 | other._bits1, _bits2 = _bits2 | other._bits2, _bits3 = _bits3 | other._bits3 };

    /// <summary>The bytes not in the set.</summary>
    /// <returns>The complement.</returns>
    public readonly ByteSet Inverted() => new() { _bits0 = ~_bits0, _bits1 = ~_bits1, _bits2 = ~_bits2, _bits3 = ~_bits3 };

    /// <summary>The set with each ASCII letter's other case added (for -i).</summary>
    /// <returns>The folded set.</returns>
    public readonly ByteSet CaseFolded()
    {
        ByteSet folded = this;
        for (int upper = 'A'; upper <= 'Z'; upper++)
        {
            if (Contains((byte)upper) || Contains((byte)(upper + 32)))
            {
                folded.Add(upper);
                folded.Add(upper + 32);
            }
        }

        return folded;
    }

    /// <summary>The set of one byte.</summary>
    /// <param name="value">The byte.</param>
    /// <returns>The set.</returns>
    public static ByteSet Of(int value)
    {
        var set = new ByteSet();
        set.Add(value);
        return set;
    }
}
