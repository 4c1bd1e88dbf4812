namespace Minix.Kernel.Configuration;

internal enum SystemConfTokenKind
{
    Word,
    OpenBrace,
    CloseBrace,
    Semicolon,
    End,
}

internal readonly struct SystemConfToken
{
    public SystemConfToken(SystemConfTokenKind kind, string text, SourceLocation location)
    {
        Kind = kind;
        Text = text;
        Location = location;
    }

    public SystemConfTokenKind Kind { get; }

    public string Text { get; }

    public SourceLocation Location { get; }

    public string Describe() => Kind == SystemConfTokenKind.End ? "end of file" : "'" + Text + "'";
}

/// <summary>Splits system.conf text into words, braces and semicolons; <c>#</c> starts a comment.</summary>
internal sealed class SystemConfLexer
{
    private readonly string _text;
    private readonly string _file;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    public SystemConfLexer(string text, string file)
    {
        _text = text;
        _file = file;
    }

    public SystemConfToken Next()
    {
        SkipSpaceAndComments();
        var location = new SourceLocation(_file, _line, _position - _lineStart + 1);
        if (_position >= _text.Length)
            return new SystemConfToken(SystemConfTokenKind.End, "", location);
        char c = _text[_position];
        switch (c)
        {
            case '{':
                _position++;
                return new SystemConfToken(SystemConfTokenKind.OpenBrace, "{", location);
            case '}':
                _position++;
                return new SystemConfToken(SystemConfTokenKind.CloseBrace, "}", location);
            case ';':
                _position++;
                return new SystemConfToken(SystemConfTokenKind.Semicolon, ";", location);
        }

        int start = _position;
        while (_position < _text.Length && !IsDelimiter(_text[_position]))
            _position++;
        return new SystemConfToken(SystemConfTokenKind.Word, _text.Substring(start, _position - start), location);
    }

    private static bool IsDelimiter(char c) => c == '{' || c == '}' || c == ';' || c == '#' || char.IsWhiteSpace(c);

    private void SkipSpaceAndComments()
    {
        while (_position < _text.Length)
        {
            char c = _text[_position];
            if (c == '\n')
            {
                _position++;
                _line++;
                _lineStart = _position;
            }
            else if (char.IsWhiteSpace(c))
            {
                _position++;
            }
            else if (c == '#')
            {
                while (_position < _text.Length && _text[_position] != '\n')
                    _position++;
            }
            else
            {
                return;
            }
        }
    }
}
