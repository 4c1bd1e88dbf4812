namespace Minix.Kernel.Grants;

/// <summary>
/// A grant id as handed to a grantee: the entry's index in the granter's table (low 20 bits) and the entry's
/// sequence number (next 11 bits). Revoking an entry bumps its sequence number, so an old id stops working even
/// after the slot is reused.
/// </summary>
public readonly struct GrantId
{
    /// <summary>Bits taken by the index.</summary>
    public const int IndexBits = 20;

    /// <summary>Number of distinct sequence numbers (11 bits).</summary>
    public const int SequenceCount = 2048;

    /// <summary>The id that names no grant.</summary>
    public const int Invalid = -1;

    /// <summary>Wraps a raw id.</summary>
    /// <param name="value">The raw id.</param>
    public GrantId(int value) => Value = value;

    /// <summary>The raw id.</summary>
    public int Value { get; }

    /// <summary>The table index.</summary>
    public int Index => Value & ((1 << IndexBits) - 1);

    /// <summary>The sequence number.</summary>
    public int Sequence => (Value >> IndexBits) & (SequenceCount - 1);

    /// <summary>False for negative ids (such as <see cref="Invalid"/>).</summary>
    public bool IsValid => Value >= 0;

    /// <summary>Builds an id.</summary>
    /// <param name="index">Table index, 0 .. 2^20 - 1.</param>
    /// <param name="sequence">Sequence number, 0 .. 2047.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Index or sequence out of range.</exception>
    public static GrantId Create(int index, int sequence)
    {
        if ((uint)index >= 1u << IndexBits)
            throw new ArgumentOutOfRangeException(nameof(index));
        if ((uint)sequence >= SequenceCount)
            throw new ArgumentOutOfRangeException(nameof(sequence));
        return new GrantId((sequence << IndexBits) | index);
    }

    /// <summary>The sequence number that follows <paramref name="sequence"/> on revocation.</summary>
    /// <param name="sequence">The current number.</param>
    /// <returns>The next, wrapping to 0.</returns>
    public static int NextSequence(int sequence) => (sequence + 1) & (SequenceCount - 1);
}
