namespace Minix.Ipc;

/// <summary>
/// Numbers as UTF-8 text into a caller's buffer, with no allocation and no runtime formatting support: what the
/// kernel log, DriverKit's log lines and small programs use to print numbers.
/// </summary>
public static class Utf8Number
{
    /// <summary>Bytes the longest number takes (a negative 64-bit decimal).</summary>
    public const int MaxLength = 20;

    /// <summary>Writes <paramref name="value"/> in decimal.</summary>
    /// <param name="value">The number.</param>
    /// <param name="into">At least <see cref="MaxLength"/> bytes.</param>
    /// <returns>The bytes written.</returns>
    public static int Decimal(long value, Span<byte> into)
    {
        ulong magnitude = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;
        int length = Digits(magnitude, 10, into.Slice(value < 0 ? 1 : 0));
        if (value < 0)
            into[0] = (byte)'-';
        return length + (value < 0 ? 1 : 0);
    }

    /// <summary>Writes <paramref name="value"/> in lower-case hexadecimal, without a prefix.</summary>
    /// <param name="value">The number.</param>
    /// <param name="into">At least 16 bytes.</param>
    /// <returns>The bytes written.</returns>
    public static int Hex(ulong value, Span<byte> into) => Digits(value, 16, into);

    private static int Digits(ulong value, uint radix, Span<byte> into)
    {
        int length = 0;
        for (ulong rest = value; length == 0 || rest != 0; rest /= radix)
            length++;
        for (int i = length - 1; i >= 0; i--, value /= radix)
        {
            int digit = (int)(value % radix);
            into[i] = (byte)(digit < 10 ? '0' + digit : 'a' + digit - 10);
        }

        return length;
    }
}
