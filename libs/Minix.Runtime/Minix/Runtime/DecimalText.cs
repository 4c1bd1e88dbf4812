namespace Minix.Runtime;

/// <summary>Decimal formatting and parsing of integers without allocation.</summary>
public static unsafe class DecimalText
{
    /// <summary>Writes <paramref name="value"/> in decimal ASCII to <paramref name="buffer"/> (at least 20 bytes).</summary>
    /// <param name="value">The value.</param>
    /// <param name="buffer">Where to write.</param>
    /// <returns>The number of bytes written.</returns>
    public static int Format(long value, byte* buffer)
    {
        ulong magnitude = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;
        int length = 0;
        if (value < 0)
            buffer[length++] = (byte)'-';
        return length + Format(magnitude, buffer + length);
    }

    /// <summary>Writes <paramref name="value"/> in decimal ASCII to <paramref name="buffer"/> (at least 20 bytes).</summary>
    /// <param name="value">The value.</param>
    /// <param name="buffer">Where to write.</param>
    /// <returns>The number of bytes written.</returns>
    public static int Format(ulong value, byte* buffer)
    {
        byte* digits = stackalloc byte[20];
        int count = 0;
        do
        {
            digits[count++] = (byte)('0' + (int)(value % 10));
            value /= 10;
        }
        while (value != 0);
        for (int i = 0; i < count; i++)
            buffer[i] = digits[count - 1 - i];
        return count;
    }

    /// <summary>Parses an optionally signed decimal integer from NUL-terminated ASCII, wrapping on overflow.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value.</param>
    /// <returns>False if the text is not a decimal integer.</returns>
    public static bool TryParse(byte* text, out long value)
    {
        value = 0;
        bool negative = *text == (byte)'-';
        if (negative || *text == (byte)'+')
            text++;
        if (*text == 0)
            return false;
        ulong magnitude = 0;
        for (; *text != 0; text++)
        {
            uint digit = (uint)(*text - '0');
            if (digit > 9)
                return false;
            magnitude = unchecked(magnitude * 10 + digit);
        }

        value = negative ? unchecked(-(long)magnitude) : unchecked((long)magnitude);
        return true;
    }
}
