using Minix.Posix;

namespace Minix.Commands.Libc;

/// <summary>
/// Buffered output to a descriptor, as stdio's: bytes collect until the buffer is full or <see cref="Flush"/>. The
/// first write error is kept (<see cref="Error"/>) and later output is dropped, so a command can report it once at
/// the end as coreutils' close_stdout does.
/// </summary>
public sealed class OutputBuffer
{
    private readonly int _fd;
    private readonly byte[] _buffer;
    private int _used;

    /// <summary>A buffer for <paramref name="fd"/>.</summary>
    /// <param name="fd">The descriptor.</param>
    /// <param name="capacity">Bytes held before a write.</param>
    public OutputBuffer(int fd, int capacity = 8192)
    {
        _fd = fd;
        _buffer = new byte[capacity];
    }

    /// <summary>The first write error (-errno), or 0.</summary>
    public long Error { get; private set; }

    /// <summary>Flush after every line (stdio's line buffering, for a terminal).</summary>
    public bool LineBuffered { get; set; }

    /// <summary>Adds bytes.</summary>
    /// <param name="bytes">The bytes.</param>
    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= _buffer.Length)
        {
            Flush();
            WriteThrough(bytes);
            return;
        }

        if (_used + bytes.Length > _buffer.Length)
            Flush();
        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
        if (LineBuffered && bytes.IndexOf((byte)'\n') >= 0)
            Flush();
    }

    /// <summary>Adds one byte.</summary>
    /// <param name="value">The byte.</param>
    public void Write(byte value)
    {
        if (_used == _buffer.Length)
            Flush();
        _buffer[_used++] = value;
        if (LineBuffered && value == (byte)'\n')
            Flush();
    }

    /// <summary>Adds text as UTF-8.</summary>
    /// <param name="text">The text.</param>
    public void Write(string text)
    {
        if (text.Length * 3 <= _buffer.Length - _used)
        {
            _used += Utf8Text.Write(text, _buffer.AsSpan(_used));
            if (LineBuffered && text.IndexOf('\n') >= 0)
                Flush();
            return;
        }

        Write(Utf8Text.Encode(text));
    }

    /// <summary>Adds text and a newline.</summary>
    /// <param name="text">The text.</param>
    public void WriteLine(string text)
    {
        Write(text);
        Write((byte)'\n');
    }

    /// <summary>Writes what is buffered.</summary>
    public void Flush()
    {
        if (_used == 0)
            return;
        WriteThrough(_buffer.AsSpan(0, _used));
        _used = 0;
    }

    private void WriteThrough(ReadOnlySpan<byte> bytes)
    {
        if (Error == 0)
            Error = Sys.WriteAll(_fd, bytes);
    }
}
