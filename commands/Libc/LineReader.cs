namespace Minix.Commands.Libc;

/// <summary>
/// Reads a descriptor line by line, lines of any length (a 64 KiB line is one line), the last one with or without
/// its newline. A line is valid until the next call.
/// </summary>
public sealed class LineReader
{
    private readonly int _fd;
    private byte[] _buffer = new byte[8192];
    private int _start;
    private int _end;
    private bool _atEnd;

    /// <summary>A reader of <paramref name="fd"/>.</summary>
    /// <param name="fd">The descriptor.</param>
    public LineReader(int fd) => _fd = fd;

    /// <summary>The read error that ended the input (-errno), or 0.</summary>
    public long Error { get; private set; }

    /// <summary>Where the last <paramref name="n"/> lines of <paramref name="data"/> start (the last may lack its delimiter).</summary>
    /// <param name="data">The text.</param>
    /// <param name="n">How many lines.</param>
    /// <param name="delimiter">The line delimiter ('\n', or NUL for -z).</param>
    /// <returns>The offset (0 if there are fewer lines).</returns>
    public static long StartOfLastLines(byte[] data, long n, byte delimiter)
    {
        int at = data.Length;
        if (n == 0)
            return at;
        if (at > 0 && data[at - 1] == delimiter)
            at--;
        for (; at > 0; at--)
        {
            if (data[at - 1] == delimiter && --n == 0)
                return at;
        }

        return 0;
    }

    /// <summary>The next line, without its newline.</summary>
    /// <param name="line">The line.</param>
    /// <param name="terminated">Whether it ended with a newline (only the last line may not).</param>
    /// <returns>False at the end of the input (or after an error).</returns>
    public bool Next(out ReadOnlySpan<byte> line, out bool terminated)
    {
        int searched = _start;
        while (true)
        {
            int newline = _buffer.AsSpan(searched, _end - searched).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = _buffer.AsSpan(_start, searched + newline - _start);
                _start = searched + newline + 1;
                terminated = true;
                return true;
            }

            searched = _end;
            if (_atEnd || !Fill(ref searched))
            {
                terminated = false;
                line = _buffer.AsSpan(_start, _end - _start);
                _start = _end;
                return line.Length > 0;
            }
        }
    }

    /// <summary>Reads more, moving what is left to the front or growing the buffer first.</summary>
    private bool Fill(ref int searched)
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            searched -= _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
            Array.Resize(ref _buffer, _buffer.Length * 2);
        long got = Sys.Read(_fd, _buffer.AsSpan(_end));
        if (got <= 0)
        {
            _atEnd = true;
            if (got < 0)
                Error = got;
            return false;
        }

        _end += (int)got;
        return true;
    }
}
