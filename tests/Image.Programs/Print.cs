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

    public Print Number(long value)
    {
        Span<byte> digits = stackalloc byte[20];
        int i = digits.Length;
        ulong magnitude = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;
        do
        {
            digits[--i] = (byte)('0' + (int)(magnitude % 10));
            magnitude /= 10;
        }
        while (magnitude != 0);
        if (value < 0)
            Text("-"u8);
        return Text(digits.Slice(i));
    }

    public void Line() => Sys.DiagCtl(_buffer.Slice(0, _length));
}
