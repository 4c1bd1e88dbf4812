using System;

namespace Minix.Runtime;

/// <summary>UTF-8 to and from the runtime's UTF-16 strings, without allocating more than the result.</summary>
public static unsafe class Utf8Text
{
    /// <summary>Decodes NUL-terminated UTF-8; malformed bytes become U+FFFD.</summary>
    /// <param name="text">The bytes.</param>
    /// <returns>The string.</returns>
    public static string FromNullTerminated(byte* text)
    {
        int length = 0;
        while (text[length] != 0)
            length++;
        return Decode(new ReadOnlySpan<byte>(text, length));
    }

    /// <summary>Decodes UTF-8; malformed bytes become U+FFFD.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The string.</returns>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        int count = 0;
        for (int i = 0; i < bytes.Length;)
            count += Next(bytes, ref i) > 0xFFFF ? 2 : 1;
        if (count == 0)
            return "";
        string result = string.FastAllocateString(count);
        fixed (char* target = result)
        {
            int at = 0;
            for (int i = 0; i < bytes.Length;)
            {
                int rune = Next(bytes, ref i);
                if (rune > 0xFFFF)
                {
                    rune -= 0x10000;
                    target[at++] = (char)(0xD800 + (rune >> 10));
                    target[at++] = (char)(0xDC00 + (rune & 0x3FF));
                }
                else
                {
                    target[at++] = (char)rune;
                }
            }
        }

        return result;
    }

    /// <summary>The number of UTF-8 bytes <paramref name="text"/> encodes to (a lone surrogate counts as U+FFFD).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The byte count.</returns>
    public static int EncodedLength(ReadOnlySpan<char> text)
    {
        int count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 0x80)
                count += 1;
            else if (c < 0x800)
                count += 2;
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                count += 4;
                i++;
            }
            else
                count += 3;
        }

        return count;
    }

    /// <summary>Encodes <paramref name="text"/> into <paramref name="target"/>, which must be large enough.</summary>
    /// <param name="text">The text.</param>
    /// <param name="target">Where to write.</param>
    /// <returns>The bytes written.</returns>
    public static int Encode(ReadOnlySpan<char> text, Span<byte> target)
    {
        int at = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (c >= 0xD800 && c <= 0xDFFF)
            {
                if (c <= 0xDBFF && i + 1 < text.Length && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF)
                    c = 0x10000 + ((c - 0xD800) << 10) + (text[++i] - 0xDC00);
                else
                    c = 0xFFFD;
            }

            if (c < 0x80)
            {
                target[at++] = (byte)c;
            }
            else if (c < 0x800)
            {
                target[at++] = (byte)(0xC0 | (c >> 6));
                target[at++] = (byte)(0x80 | (c & 0x3F));
            }
            else if (c < 0x10000)
            {
                target[at++] = (byte)(0xE0 | (c >> 12));
                target[at++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                target[at++] = (byte)(0x80 | (c & 0x3F));
            }
            else
            {
                target[at++] = (byte)(0xF0 | (c >> 18));
                target[at++] = (byte)(0x80 | ((c >> 12) & 0x3F));
                target[at++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                target[at++] = (byte)(0x80 | (c & 0x3F));
            }
        }

        return at;
    }

    // One code point from `bytes` at `i` (advanced past it); U+FFFD for a malformed or truncated sequence.
    private static int Next(ReadOnlySpan<byte> bytes, ref int i)
    {
        int b = bytes[i++];
        if (b < 0x80)
            return b;
        int extra = b >= 0xF0 && b < 0xF8 ? 3 : b >= 0xE0 ? 2 : b >= 0xC2 ? 1 : -1;
        if (extra < 0 || b >= 0xF8)
            return 0xFFFD;
        int rune = b & (0x3F >> extra);
        for (int k = 0; k < extra; k++)
        {
            if (i >= bytes.Length || (bytes[i] & 0xC0) != 0x80)
                return 0xFFFD;
            rune = (rune << 6) | (bytes[i++] & 0x3F);
        }

        bool overlong = (extra == 2 && rune < 0x800) || (extra == 3 && rune < 0x10000);
        if (overlong || rune > 0x10FFFF || (rune >= 0xD800 && rune <= 0xDFFF))
            return 0xFFFD;
        return rune;
    }
}
