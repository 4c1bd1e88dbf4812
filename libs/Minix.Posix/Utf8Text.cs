namespace Minix.Posix;

/// <summary>
/// UTF-8 to and from strings for the POSIX layer (paths and arguments are UTF-8 on the system, strings in C#),
/// without the .NET encoding classes, which system programs on the image do not have.
/// </summary>
public static class Utf8Text
{
    /// <summary>Decodes UTF-8 (a malformed or 4-byte sequence becomes U+FFFD or a surrogate pair as .NET would).</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The string.</returns>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        int n = 0;
        for (int i = 0; i < bytes.Length;)
        {
            int b = bytes[i];
            int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
            int c = extra == 0 ? (b < 0x80 ? b : 0xFFFD) : b & (0x3F >> extra);
            for (int k = 1; k <= extra; k++)
                c = i + k < bytes.Length && (bytes[i + k] & 0xC0) == 0x80 ? (c << 6) | (bytes[i + k] & 0x3F) : 0xFFFD;
            i += extra + 1;
            if (c >= 0x10000 && c <= 0x10FFFF)
            {
                chars[n++] = (char)(0xD800 + ((c - 0x10000) >> 10));
                chars[n++] = (char)(0xDC00 + ((c - 0x10000) & 0x3FF));
            }
            else
            {
                chars[n++] = c > 0xFFFF ? '\uFFFD' : (char)c;
            }
        }

        return new string(new ReadOnlySpan<char>(chars, 0, n));
    }

    /// <summary>Encodes a string as UTF-8 (a lone surrogate becomes U+FFFD).</summary>
    /// <param name="text">The string.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Encode(string text)
    {
        var bytes = new byte[Length(text)];
        Write(text, bytes);
        return bytes;
    }

    /// <summary>The UTF-8 length of a string.</summary>
    /// <param name="text">The string.</param>
    /// <returns>Its length in bytes.</returns>
    public static int Length(string text) => Write(text, default, countOnly: true);

    /// <summary>Writes a string's UTF-8 into <paramref name="destination"/>.</summary>
    /// <param name="text">The string.</param>
    /// <param name="destination">At least <see cref="Length"/> bytes.</param>
    /// <returns>The bytes written.</returns>
    public static int Write(string text, Span<byte> destination) => Write(text, destination, countOnly: false);

    private static int Write(string s, Span<byte> destination, bool countOnly)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            int c = s[i];
            if (c >= 0xD800 && c <= 0xDFFF)
            {
                bool pair = c <= 0xDBFF && i + 1 < s.Length && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF;
                c = pair ? 0x10000 + ((c - 0xD800) << 10) + (s[++i] - 0xDC00) : 0xFFFD;
            }

            int bytes = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (!countOnly)
            {
                Span<byte> at = destination.Slice(n, bytes);
                at[0] = bytes == 1 ? (byte)c : (byte)((0xF00 >> bytes) | (c >> (6 * (bytes - 1))));
                for (int k = 1; k < bytes; k++)
                    at[k] = (byte)(0x80 | ((c >> (6 * (bytes - 1 - k))) & 0x3F));
            }

            n += bytes;
        }

        return n;
    }
}
