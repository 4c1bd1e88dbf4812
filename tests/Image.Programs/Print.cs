using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Image.Programs;

/// <summary>Prints a line to the kernel log (SYS_DIAGCTL), with numbers formatted without any runtime support.</summary>
internal ref struct Print
{
    private readonly Span<byte> _buffer;
    private int _length;

    public Print(Span<byte> buffer)
    {
        _buffer = buffer;
        _length = 0;
    }

    public Print Text(scoped ReadOnlySpan<byte> text)
    {
        int n = Math.Min(text.Length, _buffer.Length - _length);
        text.Slice(0, n).CopyTo(_buffer.Slice(_length));
        _length += n;
        return this;
    }

    /// <summary>Appends an ASCII string (such as a status name) byte by byte.</summary>
    public Print Ascii(string text)
    {
        for (int i = 0; i < text.Length && _length < _buffer.Length; i++)
            _buffer[_length++] = (byte)text[i];
        return this;
    }

    public Print Number(long value)
    {
        Span<byte> digits = stackalloc byte[Utf8Number.MaxLength];
        return Text(digits.Slice(0, Utf8Number.Decimal(value, digits)));
    }

    /// <summary>Appends an unsigned number in hexadecimal with a 0x prefix.</summary>
    public Print Hex(ulong value)
    {
        Span<byte> digits = stackalloc byte[16];
        int i = digits.Length;
        do
        {
            int nibble = (int)(value & 0xF);
            digits[--i] = (byte)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
            value >>= 4;
        }
        while (value != 0);
        return Text("0x"u8).Text(digits.Slice(i));
    }

    /// <summary>Appends a status as "number NAME", e.g. "-300 EPORTDENIED".</summary>
    public Print Status(Status status) => Number((int)status).Text(" "u8).Ascii(StatusInfo.Name(status));

    public void Line() => Sys.DiagCtl(_buffer.Slice(0, _length));

    /// <summary>The same buffer, empty again: for the next line, without a new buffer on the stack.</summary>
    public Print Restart()
    {
        _length = 0;
        return this;
    }
}
