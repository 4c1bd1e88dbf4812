namespace Minix.Samples.Swifi;

/// <summary>One fault of a round, as the host wrote it on the command line: <c>number:address:bytes</c>, in hexadecimal but the number.</summary>
public struct FaultOrder
{
    /// <summary>The most bytes a fault replaces.</summary>
    public const int MaxBytes = 16;

    /// <summary>The fault's number in the campaign.</summary>
    public int Number;

    /// <summary>The first byte to change in the driver.</summary>
    public ulong Address;

    /// <summary>How many bytes.</summary>
    public int Length;

    /// <summary>Parses <c>number:address:bytes</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="bytes">Receives the new bytes (at least <see cref="MaxBytes"/> long).</param>
    /// <param name="order">The fault.</param>
    /// <returns>False if the text is not in that form.</returns>
    public static bool TryParse(ReadOnlySpan<byte> text, Span<byte> bytes, out FaultOrder order)
    {
        order = default;
        int first = text.IndexOf((byte)':');
        int second = first < 0 ? -1 : text.Slice(first + 1).IndexOf((byte)':');
        if (first <= 0 || second <= 0)
            return false;
        ReadOnlySpan<byte> hex = text.Slice(first + second + 2);
        if (!TryNumber(text.Slice(0, first), 10, out ulong number) || !TryNumber(text.Slice(first + 1, second), 16, out order.Address)
            || hex.Length == 0 || hex.Length % 2 != 0 || hex.Length / 2 > MaxBytes)
            return false;
        order.Number = (int)number;
        order.Length = hex.Length / 2;
        for (int i = 0; i < order.Length; i++)
        {
            if (!TryNumber(hex.Slice(2 * i, 2), 16, out ulong value))
                return false;
            bytes[i] = (byte)value;
        }

        return true;
    }

    private static bool TryNumber(ReadOnlySpan<byte> text, uint radix, out ulong value)
    {
        value = 0;
        foreach (byte c in text)
        {
            uint digit = c is >= (byte)'0' and <= (byte)'9' ? (uint)(c - '0') : c is >= (byte)'a' and <= (byte)'f' ? (uint)(c - 'a' + 10) : 99;
            if (digit >= radix)
                return false;
            value = value * radix + digit;
        }

        return text.Length > 0;
    }
}
