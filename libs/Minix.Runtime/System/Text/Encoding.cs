using Minix.Runtime;

namespace System.Text;

/// <summary>
/// A character encoding: UTF-8 (with or without a byte order mark) and ASCII, what programs read and write files
/// and the console with.
/// </summary>
public abstract class Encoding
{
    private static Encoding s_utf8;
    private static Encoding s_ascii;

    /// <summary>UTF-8 whose preamble is the byte order mark EF BB BF (written by a StreamWriter at the start of a
    /// stream, as .NET does).</summary>
    public static Encoding UTF8 => s_utf8 ??= new UTF8Encoding(true);

    /// <summary>7-bit ASCII; other characters become '?'.</summary>
    public static Encoding ASCII => s_ascii ??= new ASCIIEncoding();

    /// <summary>The default encoding: UTF-8 without a byte order mark.</summary>
    public static Encoding Default => UTF8Encoding.WithoutPreamble;

    /// <summary>The encoding's IANA name.</summary>
    public abstract string WebName { get; }

    /// <summary>The bytes written before the text (a byte order mark), or none.</summary>
    public virtual ReadOnlySpan<byte> Preamble => GetPreamble();

    /// <summary>The bytes written before the text (a byte order mark), or none.</summary>
    /// <returns>A new array.</returns>
    public virtual byte[] GetPreamble() => Array.Empty<byte>();

    /// <summary>The number of bytes <paramref name="chars"/> encodes to.</summary>
    /// <param name="chars">The text.</param>
    /// <returns>The byte count.</returns>
    public abstract int GetByteCount(ReadOnlySpan<char> chars);

    /// <summary>Encodes <paramref name="chars"/> into <paramref name="bytes"/> (large enough).</summary>
    /// <param name="chars">The text.</param>
    /// <param name="bytes">The destination.</param>
    /// <returns>The bytes written.</returns>
    public abstract int GetBytes(ReadOnlySpan<char> chars, Span<byte> bytes);

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The text.</returns>
    public abstract string GetString(ReadOnlySpan<byte> bytes);

    /// <summary>The number of bytes <paramref name="s"/> encodes to.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The byte count.</returns>
    public int GetByteCount(string s)
    {
        ArgumentNullException.ThrowIfNull(s, nameof(s));
        return GetByteCount(s.AsSpan());
    }

    /// <summary>The number of bytes <paramref name="chars"/> encodes to.</summary>
    /// <param name="chars">The text.</param>
    /// <returns>The byte count.</returns>
    public int GetByteCount(char[] chars)
    {
        ArgumentNullException.ThrowIfNull(chars, nameof(chars));
        return GetByteCount(new ReadOnlySpan<char>(chars));
    }

    /// <summary>Encodes <paramref name="s"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The bytes.</returns>
    public byte[] GetBytes(string s)
    {
        ArgumentNullException.ThrowIfNull(s, nameof(s));
        var bytes = new byte[GetByteCount(s.AsSpan())];
        GetBytes(s.AsSpan(), bytes);
        return bytes;
    }

    /// <summary>Encodes <paramref name="chars"/>.</summary>
    /// <param name="chars">The text.</param>
    /// <returns>The bytes.</returns>
    public byte[] GetBytes(char[] chars)
    {
        ArgumentNullException.ThrowIfNull(chars, nameof(chars));
        var bytes = new byte[GetByteCount(new ReadOnlySpan<char>(chars))];
        GetBytes(new ReadOnlySpan<char>(chars), bytes);
        return bytes;
    }

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The text.</returns>
    public string GetString(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes, nameof(bytes));
        return GetString(new ReadOnlySpan<byte>(bytes));
    }

    /// <summary>Decodes part of <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="index">The first.</param>
    /// <param name="count">How many.</param>
    /// <returns>The text.</returns>
    public string GetString(byte[] bytes, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(bytes, nameof(bytes));
        if (index < 0 || count < 0 || index > bytes.Length - count)
            throw new ArgumentOutOfRangeException(index < 0 ? nameof(index) : nameof(count), "Index and count must refer to a location within the buffer.");
        return GetString(new ReadOnlySpan<byte>(bytes, index, count));
    }

    /// <summary>The number of characters <paramref name="bytes"/> decodes to.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The count.</returns>
    public virtual int GetCharCount(ReadOnlySpan<byte> bytes) => GetString(bytes).Length;

    /// <summary>The number of characters <paramref name="bytes"/> decodes to.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The count.</returns>
    public int GetCharCount(byte[] bytes) => GetCharCount(new ReadOnlySpan<byte>(bytes));

    /// <summary>Decodes <paramref name="bytes"/> into characters.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The characters.</returns>
    public char[] GetChars(byte[] bytes) => GetString(bytes).ToCharArray();

    /// <summary>The most bytes <paramref name="charCount"/> characters can encode to.</summary>
    /// <param name="charCount">The character count.</param>
    /// <returns>The bound.</returns>
    public virtual int GetMaxByteCount(int charCount) => (charCount + 1) * 3;
}

/// <summary>UTF-8, with or without a byte order mark as preamble; malformed input decodes to U+FFFD.</summary>
public class UTF8Encoding : Encoding
{
    private static UTF8Encoding s_withoutPreamble;
    private readonly bool _emitIdentifier;

    /// <summary>UTF-8 without a byte order mark.</summary>
    public UTF8Encoding()
        : this(false)
    {
    }

    /// <summary>UTF-8, with a byte order mark as preamble if <paramref name="encoderShouldEmitUTF8Identifier"/>.</summary>
    /// <param name="encoderShouldEmitUTF8Identifier">Whether writers start with EF BB BF.</param>
    public UTF8Encoding(bool encoderShouldEmitUTF8Identifier) => _emitIdentifier = encoderShouldEmitUTF8Identifier;

    internal static UTF8Encoding WithoutPreamble => s_withoutPreamble ??= new UTF8Encoding(false);

    /// <inheritdoc/>
    public override string WebName => "utf-8";

    /// <inheritdoc/>
    public override byte[] GetPreamble() => _emitIdentifier ? new byte[] { 0xEF, 0xBB, 0xBF } : Array.Empty<byte>();

    /// <inheritdoc/>
    public override int GetByteCount(ReadOnlySpan<char> chars) => Utf8Text.EncodedLength(chars);

    /// <inheritdoc/>
    public override int GetBytes(ReadOnlySpan<char> chars, Span<byte> bytes)
    {
        if (bytes.Length < Utf8Text.EncodedLength(chars))
            throw new ArgumentException("The output byte buffer is too small to contain the encoded data.", nameof(bytes));
        return Utf8Text.Encode(chars, bytes);
    }

    /// <inheritdoc/>
    public override string GetString(ReadOnlySpan<byte> bytes) => Utf8Text.Decode(bytes);

    /// <inheritdoc/>
    public override bool Equals(object value) => value is UTF8Encoding other && other._emitIdentifier == _emitIdentifier;

    /// <inheritdoc/>
    public override int GetHashCode() => _emitIdentifier ? 65001 : 65002;
}

/// <summary>7-bit ASCII: characters above U+007F encode as '?', bytes above 0x7F decode as '?'.</summary>
public class ASCIIEncoding : Encoding
{
    /// <inheritdoc/>
    public override string WebName => "us-ascii";

    /// <inheritdoc/>
    public override int GetByteCount(ReadOnlySpan<char> chars)
    {
        int count = 0;
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                i++;
            count++;
        }

        return count;
    }

    /// <inheritdoc/>
    public override int GetBytes(ReadOnlySpan<char> chars, Span<byte> bytes)
    {
        int at = 0;
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                i++;
            bytes[at++] = c < 0x80 ? (byte)c : (byte)'?';
        }

        return at;
    }

    /// <inheritdoc/>
    public override string GetString(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
            return "";
        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
            chars[i] = bytes[i] < 0x80 ? (char)bytes[i] : '?';
        return new string(chars);
    }

    /// <inheritdoc/>
    public override int GetMaxByteCount(int charCount) => charCount + 1;
}
