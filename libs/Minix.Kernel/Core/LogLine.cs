using Minix.Ipc;

namespace Minix.Kernel.Core;

/// <summary>
/// Builds one kernel log line in a caller-supplied buffer (no allocation) and writes it to the console in one
/// piece, so lines from different causes never interleave.
/// </summary>
[KernelInternal]
public ref struct LogLine
{
    private readonly Span<byte> _buffer;
    private int _length;

    /// <summary>Starts a line in <paramref name="buffer"/>; text beyond its end is dropped.</summary>
    /// <param name="buffer">Scratch space, e.g. <c>stackalloc byte[160]</c>.</param>
    public LogLine(Span<byte> buffer)
    {
        _buffer = buffer;
        _length = 0;
    }

    /// <summary>Appends text.</summary>
    /// <param name="text">UTF-8 text.</param>
    /// <returns>This line.</returns>
    public LogLine Text(scoped ReadOnlySpan<byte> text)
    {
        int n = Math.Min(text.Length, _buffer.Length - _length);
        text.Slice(0, n).CopyTo(_buffer.Slice(_length));
        _length += n;
        return this;
    }

    /// <summary>Appends a signed decimal number.</summary>
    /// <param name="value">The number.</param>
    /// <returns>This line.</returns>
    public LogLine Decimal(long value)
    {
        Span<byte> digits = stackalloc byte[Utf8Number.MaxLength];
        return Text(digits.Slice(0, Utf8Number.Decimal(value, digits)));
    }

    /// <summary>Appends <c>0x</c> and a hexadecimal number.</summary>
    /// <param name="value">The number.</param>
    /// <returns>This line.</returns>
    public LogLine Hex(ulong value)
    {
        Span<byte> digits = stackalloc byte[Utf8Number.MaxLength];
        return Text("0x"u8).Text(digits.Slice(0, Utf8Number.Hex(value, digits)));
    }

    /// <summary>Appends a process name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>This line.</returns>
    public LogLine Name(scoped in ProcessName name) => Text(ProcessName.Bytes(name));

    /// <summary>Ends the line with a newline and writes it.</summary>
    /// <param name="machine">Where to write.</param>
    public void WriteTo(Machine machine)
    {
        Text("\n"u8);
        machine.ConsoleWrite(_buffer.Slice(0, _length));
    }
}
