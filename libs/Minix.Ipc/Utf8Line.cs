namespace Minix.Ipc;

/// <summary>
/// A line of UTF-8 text built in a buffer the caller supplies (usually <c>stackalloc</c>), with no allocation and
/// no runtime formatting support: the core of the kernel's log lines, DriverKit's <c>LogText</c> and small
/// programs' output. Text past the buffer's end is dropped.
/// </summary>
/// <remarks>
/// Each call appends to this line and returns a copy of it, so a chain works on a new line
/// (<c>new Utf8Line(buffer).Text("n = "u8).Decimal(n)</c>); on a variable, assign the chain back
/// (<c>line = line.Text(a).Text(b)</c>): the calls after the first append to the copy.
/// </remarks>
public ref struct Utf8Line
{
    private readonly Span<byte> _buffer;
    private int _length;

    /// <summary>Starts an empty line in <paramref name="buffer"/>.</summary>
    /// <param name="buffer">Scratch space, e.g. <c>stackalloc byte[160]</c>.</param>
    public Utf8Line(Span<byte> buffer)
    {
        _buffer = buffer;
        _length = 0;
    }

    /// <summary>The text so far.</summary>
    public readonly ReadOnlySpan<byte> Written => _buffer.Slice(0, _length);

    /// <summary>Appends text.</summary>
    /// <param name="text">UTF-8 text.</param>
    /// <returns>This line.</returns>
    public Utf8Line Text(scoped ReadOnlySpan<byte> text)
    {
        int n = Math.Min(text.Length, _buffer.Length - _length);
        text.Slice(0, n).CopyTo(_buffer.Slice(_length));
        _length += n;
        return this;
    }

    /// <summary>
    /// Appends text from someone else (a process's message for the log) so that it stays on this line: one newline at
    /// its end is dropped (a line's own end), other newlines and carriage returns are written as <c>\n</c> and <c>\r</c>, and other
    /// control bytes (a terminal's escape sequences among them) as <c>\xHH</c>. A line that names its writer cannot
    /// then start a second line that names another.
    /// </summary>
    /// <param name="text">UTF-8 text.</param>
    /// <returns>This line.</returns>
    public Utf8Line Printable(scoped ReadOnlySpan<byte> text)
    {
        if (text.Length > 0 && text[text.Length - 1] == (byte)'\n')
            text = text.Slice(0, text.Length - 1);
        Span<byte> escape = stackalloc byte[4];
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            byte b = text[i];
            if ((b >= 0x20 && b != 0x7F) || b == (byte)'\t')
                continue;
            Text(text.Slice(start, i - start));
            start = i + 1;
            if (b == (byte)'\n' || b == (byte)'\r')
            {
                Text(b == (byte)'\n' ? "\\n"u8 : "\\r"u8);
                continue;
            }

            escape[0] = (byte)'\\';
            escape[1] = (byte)'x';
            escape[2] = HexDigit(b >> 4);
            escape[3] = HexDigit(b & 0xF);
            Text(escape);
        }

        return Text(text.Slice(start));
    }

    /// <summary>Appends a signed decimal number.</summary>
    /// <param name="value">The number.</param>
    /// <returns>This line.</returns>
    public Utf8Line Decimal(long value)
    {
        Span<byte> digits = stackalloc byte[Utf8Number.MaxLength];
        return Text(digits.Slice(0, Utf8Number.Decimal(value, digits)));
    }

    /// <summary>Appends <c>0x</c> and a lower-case hexadecimal number.</summary>
    /// <param name="value">The number.</param>
    /// <returns>This line.</returns>
    public Utf8Line Hex(ulong value)
    {
        Span<byte> digits = stackalloc byte[Utf8Number.MaxLength];
        Text("0x"u8);
        return Text(digits.Slice(0, Utf8Number.Hex(value, digits)));
    }

    private static byte HexDigit(int value) => (byte)(value < 10 ? '0' + value : 'a' + value - 10);

    /// <summary>Empties the line, keeping its buffer: for the next line without a new buffer.</summary>
    /// <returns>This line.</returns>
    public Utf8Line Clear()
    {
        _length = 0;
        return this;
    }
}
