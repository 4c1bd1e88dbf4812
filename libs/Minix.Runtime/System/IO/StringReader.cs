namespace System.IO;

/// <summary>A reader over a string.</summary>
public class StringReader : TextReader
{
    private string _text;
    private int _position;

    /// <summary>A reader over <paramref name="s"/>.</summary>
    /// <param name="s">The text.</param>
    public StringReader(string s)
    {
        ArgumentNullException.ThrowIfNull(s, nameof(s));
        _text = s;
    }

    /// <inheritdoc/>
    public override int Peek() => Text.Length > _position ? _text[_position] : -1;

    /// <inheritdoc/>
    public override int Read() => Text.Length > _position ? _text[_position++] : -1;

    /// <inheritdoc/>
    public override int Read(Span<char> buffer)
    {
        int take = Math.Min(buffer.Length, Text.Length - _position);
        _text.AsSpan(_position, take).CopyTo(buffer);
        _position += take;
        return take;
    }

    /// <inheritdoc/>
    public override string ReadLine()
    {
        string text = Text;
        if (_position >= text.Length)
            return null;
        int start = _position;
        while (_position < text.Length)
        {
            char c = text[_position];
            if (c == '\r' || c == '\n')
            {
                string line = text.Substring(start, _position - start);
                _position++;
                if (c == '\r' && _position < text.Length && text[_position] == '\n')
                    _position++;
                return line;
            }

            _position++;
        }

        return text.Substring(start);
    }

    /// <inheritdoc/>
    public override string ReadToEnd()
    {
        string rest = Text.Substring(_position);
        _position = _text.Length;
        return rest;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing) => _text = null;

    private string Text => _text ?? throw new ObjectDisposedException(null, "Cannot read from a closed TextReader.");
}
