using System.Text;

namespace Minix.Commands.Shell;

/// <summary>
/// Splits shell input into tokens: words (with '' "" and \ quoting, $NAME ${NAME} and the special parameters, kept as
/// <see cref="WordPart"/>s), operators, newlines; # starts a comment at the start of a word. Input that stops inside
/// a quote, a ${ or after a backslash throws <see cref="IncompleteInput"/>; what the shell does not support throws
/// <see cref="SyntaxError"/> naming it.
/// </summary>
public sealed class Lexer
{
    private static readonly string[] Operators = ["&&", "||", ">>", ">|", "<&", ">&", "<>", "<<", ";;", "|", "&", ";", "<", ">", "(", ")"];

    private readonly string _text;
    private int _position;
    private int _line;

    /// <summary>A lexer over <paramref name="text"/>, whose first line is line <paramref name="firstLine"/> of the input.</summary>
    /// <param name="text">The input.</param>
    /// <param name="firstLine">The line number of the text's first line.</param>
    public Lexer(string text, int firstLine)
    {
        _text = text;
        _line = firstLine;
    }

    /// <summary>All the tokens, ending with <see cref="TokenKind.End"/>.</summary>
    /// <returns>The tokens.</returns>
    public List<Token> ReadAll()
    {
        var tokens = new List<Token>();
        Token token;
        do
        {
            token = Next();
            tokens.Add(token);
        }
        while (token.Kind != TokenKind.End);
        return tokens;
    }

    private Token Next()
    {
        SkipBlanksAndComments();
        int start = _position;
        if (_position >= _text.Length)
            return new Token(TokenKind.End, "", null, _line, start, start);
        char c = _text[_position];
        if (c == '\n')
        {
            _position++;
            return new Token(TokenKind.Newline, "\n", null, _line++, start, _position);
        }

        foreach (string op in Operators)
        {
            if (string.CompareOrdinal(_text, _position, op, 0, op.Length) == 0)
            {
                _position += op.Length;
                if (op == "<<")
                    throw new SyntaxError("here-documents (<<) are not supported", _line);
                return new Token(TokenKind.Operator, op, null, _line, start, _position);
            }
        }

        int line = _line;
        Word word = ReadWord();
        string? digits = word.PlainText;
        if (digits is not null && IsDigits(digits) && _position < _text.Length && (_text[_position] == '<' || _text[_position] == '>'))
            return new Token(TokenKind.IoNumber, digits, null, line, start, _position);
        return new Token(TokenKind.Word, word.Source, word, line, start, _position);
    }

    /// <summary>Skips a backslash-newline; one at the very end of the text needs the next line.</summary>
    private void ContinueLine()
    {
        _position += 2;
        _line++;
        if (_position >= _text.Length)
            throw new IncompleteInput("a line continued by \\ at the end of the input", _line - 1) { Continuation = true };
    }

    private void SkipBlanksAndComments()
    {
        while (_position < _text.Length)
        {
            char c = _text[_position];
            if (c == ' ' || c == '\t')
                _position++;
            else if (c == '\\' && _position + 1 < _text.Length && _text[_position + 1] == '\n')
            {
                ContinueLine();
            }
            else if (c == '#')
            {
                while (_position < _text.Length && _text[_position] != '\n')
                    _position++;
            }
            else
                break;
        }
    }

    private Word ReadWord()
    {
        int start = _position;
        var parts = new List<WordPart>();
        var literal = new StringBuilder();
        bool literalQuoted = false;

        void Flush()
        {
            if (literal.Length > 0)
                parts.Add(new LiteralPart(literal.ToString(), literalQuoted));
            literal.Clear();
        }

        void Append(char c, bool quoted)
        {
            if (literal.Length > 0 && literalQuoted != quoted)
                Flush();
            literalQuoted = quoted;
            literal.Append(c);
        }

        bool quotedEmpty = false;
        while (_position < _text.Length)
        {
            char c = _text[_position];
            if (IsDelimiter(c))
                break;
            if (c == '\\')
            {
                // A backslash ending the input stands for itself (as in dash); one ending a line joins the next line.
                if (_position + 1 >= _text.Length)
                {
                    Append('\\', true);
                    _position++;
                }
                else if (_text[_position + 1] == '\n')
                    ContinueLine();
                else
                {
                    Append(_text[_position + 1], true);
                    _position += 2;
                }
            }
            else if (c == '\'')
            {
                int opened = _line;
                int close = _text.IndexOf('\'', _position + 1);
                if (close < 0)
                    throw new IncompleteInput("unterminated quoted string (the ' opened on line " + opened + ")", opened);
                string quoted = _text.Substring(_position + 1, close - _position - 1);
                foreach (char q in quoted)
                {
                    Append(q, true);
                    if (q == '\n')
                        _line++;
                }

                quotedEmpty |= quoted.Length == 0;
                _position = close + 1;
            }
            else if (c == '"')
                quotedEmpty |= ReadDoubleQuoted(parts, Flush, Append);
            else if (c == '$' || c == '`')
            {
                WordPart? part = ReadExpansion(false);
                if (part is null)
                    Append('$', false);
                else
                {
                    Flush();
                    parts.Add(part);
                }
            }
            else
            {
                Append(c, false);
                _position++;
            }
        }

        Flush();

        // "" makes a field even when everything else in the word expands to nothing.
        if (quotedEmpty)
            parts.Add(new LiteralPart("", true));
        return new Word(parts, _text.Substring(start, _position - start));
    }

    /// <summary>Reads "...": \ escapes only $ ` " \ and newline; $ expands. Returns true when the quotes hold nothing.</summary>
    private bool ReadDoubleQuoted(List<WordPart> parts, Action flush, Action<char, bool> append)
    {
        int opened = _line;
        _position++;
        int start = _position;
        while (true)
        {
            if (_position >= _text.Length)
                throw new IncompleteInput("unterminated quoted string (the \" opened on line " + opened + ")", opened);
            char c = _text[_position];
            if (c == '"')
            {
                _position++;
                return _position - start == 1;
            }

            if (c == '\\' && _position + 1 < _text.Length && "$`\"\\\n".Contains(_text[_position + 1]))
            {
                if (_text[_position + 1] == '\n')
                    ContinueLine();
                else
                {
                    append(_text[_position + 1], true);
                    _position += 2;
                }
            }
            else if (c == '$' || c == '`')
            {
                WordPart? part = ReadExpansion(true);
                if (part is null)
                    append('$', true);
                else
                {
                    flush();
                    parts.Add(part);
                }
            }
            else
            {
                if (c == '\n')
                    _line++;
                append(c, true);
                _position++;
            }
        }
    }

    /// <summary>At a $ or `: a parameter or a command substitution, or null when the $ stands for itself.</summary>
    private WordPart? ReadExpansion(bool quoted)
    {
        int opened = _line;
        if (_text[_position] == '`')
        {
            var inner = new StringBuilder();
            for (int i = _position + 1; i < _text.Length; i++)
            {
                char c = _text[i];
                if (c == '`')
                {
                    _position = i + 1;
                    return new CommandPart(inner.ToString(), quoted);
                }

                // Inside backquotes a backslash quotes only \ ` and $.
                if (c == '\\' && i + 1 < _text.Length && _text[i + 1] is '\\' or '`' or '$')
                    c = _text[++i];
                else if (c == '\n')
                    _line++;
                inner.Append(c);
            }

            throw new IncompleteInput("missing ` to end the command substitution opened on line " + opened, opened);
        }

        _position++;
        if (_position < _text.Length && _text[_position] == '(')
        {
            if (_position + 1 < _text.Length && _text[_position + 1] == '(')
            {
                int end = ClosingParenthesis(_position + 2);
                if (end < 0 || end + 1 >= _text.Length || _text[end + 1] != ')')
                    throw new IncompleteInput("missing )) to end the $(( opened on line " + opened, opened);
                string expression = _text.Substring(_position + 2, end - _position - 2);
                _position = end + 2;
                return new ArithmeticPart(expression, quoted);
            }

            int close = ClosingParenthesis(_position + 1);
            if (close < 0)
                throw new IncompleteInput("missing ) to end the $( opened on line " + opened, opened);
            string inner = _text.Substring(_position + 1, close - _position - 1);
            foreach (char c in inner)
            {
                if (c == '\n')
                    _line++;
            }

            _position = close + 1;
            return new CommandPart(inner, quoted);
        }

        string? name = ReadParameter();
        return name is null ? null : new ParameterPart(name, quoted);
    }

    /// <summary>The ) that ends a $( whose text starts at <paramref name="start"/>: nested parentheses, quotes and backslashes skipped; -1 if none.</summary>
    private int ClosingParenthesis(int start)
    {
        int depth = 0;
        for (int i = start; i < _text.Length; i++)
        {
            char c = _text[i];
            if (c == '\\')
                i++;
            else if (c == '\'')
            {
                i = _text.IndexOf('\'', i + 1);
                if (i < 0)
                    return -1;
            }
            else if (c == '"')
            {
                for (i++; i < _text.Length && _text[i] != '"'; i++)
                {
                    if (_text[i] == '\\')
                        i++;
                }
            }
            else if (c == '(')
                depth++;
            else if (c == ')' && depth-- == 0)
                return i;
        }

        return -1;
    }

    /// <summary>After a $: the parameter's name, or null when the $ stands for itself.</summary>
    private string? ReadParameter()
    {
        if (_position >= _text.Length)
            return null;
        char c = _text[_position];
        if (c == '{')
        {
            int close = _text.IndexOf('}', _position);
            int newline = _text.IndexOf('\n', _position);
            if (close < 0 || (newline >= 0 && newline < close))
                throw new SyntaxError("missing '}' after ${", _line);
            string name = _text.Substring(_position + 1, close - _position - 1);
            if (!IsName(name) && !(name.Length == 1 && IsSpecial(name[0])) && !IsDigits(name))
                throw new SyntaxError("bad substitution: ${" + name + "} (only ${NAME} is supported)", _line);
            _position = close + 1;
            return name;
        }

        if (IsSpecial(c) || char.IsAsciiDigit(c))
        {
            _position++;
            return c.ToString();
        }

        int start = _position;
        while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            if (_position == start && char.IsAsciiDigit(_text[_position]))
                break;
            _position++;
        }

        return _position > start ? _text.Substring(start, _position - start) : null;
    }

    private static bool IsDelimiter(char c) => c is ' ' or '\t' or '\n' or ';' or '&' or '|' or '<' or '>' or '(' or ')';

    private static bool IsSpecial(char c) => c is '?' or '$' or '!' or '#' or '@' or '*' or '-';

    private static bool IsDigits(string text)
    {
        if (text.Length == 0)
            return false;
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }

        return true;
    }

    /// <summary>True for a variable name: a letter or _, then letters, digits and _.</summary>
    /// <param name="text">The candidate.</param>
    /// <returns>Whether it is a name.</returns>
    public static bool IsName(string text)
    {
        if (text.Length == 0 || char.IsAsciiDigit(text[0]))
            return false;
        foreach (char c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
                return false;
        }

        return true;
    }
}
