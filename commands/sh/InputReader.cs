using Minix.Commands.Libc;
using Minix.Posix;

namespace Minix.Commands.Shell;

/// <summary>
/// Lines of shell input: from a descriptor (a script, the standard input, a terminal) or from text (sh -c). A line
/// may be of any length; bytes that are not UTF-8 are kept as U+FFFD replacement characters.
/// </summary>
public sealed class InputReader
{
    private readonly int _fd;
    private readonly byte[] _buffer = new byte[4096];
    private int _start;
    private int _end;
    private string? _text;
    private int _textPosition;

    /// <summary>Input read from <paramref name="fd"/>.</summary>
    /// <param name="fd">The descriptor.</param>
    public InputReader(int fd) => _fd = fd;

    /// <summary>Input that is <paramref name="text"/>.</summary>
    /// <param name="text">The commands.</param>
    public InputReader(string text)
    {
        _fd = -1;
        _text = text;
    }

    /// <summary>The error that ended the input (-errno), or 0.</summary>
    public long Error { get; private set; }

    /// <summary>The next line with its newline (the last line may lack one), or null at the end.</summary>
    /// <returns>The line, or null.</returns>
    public string? ReadLine()
    {
        if (_text is not null)
        {
            if (_textPosition >= _text.Length)
                return null;
            int newline = _text.IndexOf('\n', _textPosition);
            int end = newline < 0 ? _text.Length : newline + 1;
            string line = _text[_textPosition..end];
            _textPosition = end;
            return line;
        }

        var bytes = new List<byte>();
        while (true)
        {
            if (_start == _end)
            {
                long got = Sys.Read(_fd, _buffer);
                if (got <= 0)
                {
                    Error = got < 0 ? got : 0;
                    return bytes.Count > 0 ? Decode(bytes) : null;
                }

                _start = 0;
                _end = (int)got;
            }

            int newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            int stop = newline < 0 ? _end : newline + 1;
            for (int i = _start; i < stop; i++)
                bytes.Add(_buffer[i]);
            _start = stop;
            if (newline >= 0)
                return Decode(bytes);
        }
    }

    private static string Decode(List<byte> bytes) => Utf8Text.Decode(bytes.ToArray());
}
