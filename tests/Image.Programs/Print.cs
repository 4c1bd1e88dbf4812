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

    public Print Number(long value)
    {
        Span<byte> digits = stackalloc byte[Utf8Number.MaxLength];
        return Text(digits.Slice(0, Utf8Number.Decimal(value, digits)));
    }

    public void Line() => Sys.DiagCtl(_buffer.Slice(0, _length));
}
