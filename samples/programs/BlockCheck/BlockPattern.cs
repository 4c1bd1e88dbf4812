namespace Minix.Samples.BlockCheck;

/// <summary>
/// The bytes blockcheck writes: each a function of its position on the device, different in every sector, so a
/// byte written to the wrong place, or not at all, shows when it is read back, on the guest or on the host.
/// </summary>
public static class BlockPattern
{
    /// <summary>The byte at <paramref name="position"/>.</summary>
    /// <param name="position">Byte offset on the device.</param>
    /// <returns>The byte.</returns>
    public static byte At(long position) => (byte)((position >> 9) * 31 + (position & 511) * 7 + (position >> 24) + 0x5A);

    /// <summary>Fills <paramref name="into"/> with the bytes from <paramref name="position"/> on.</summary>
    /// <param name="into">Where.</param>
    /// <param name="position">Byte offset on the device of the first.</param>
    public static void Fill(Span<byte> into, long position)
    {
        for (int i = 0; i < into.Length; i++)
            into[i] = At(position + i);
    }

    /// <summary>The first byte of <paramref name="data"/> that differs from the pattern at <paramref name="position"/>, or -1.</summary>
    /// <param name="data">Bytes read from the device.</param>
    /// <param name="position">Where they were read.</param>
    /// <returns>The index, or -1 if all match.</returns>
    public static int FirstMismatch(ReadOnlySpan<byte> data, long position)
    {
        for (int i = 0; i < data.Length; i++)
        {
            if (data[i] != At(position + i))
                return i;
        }

        return -1;
    }
}
