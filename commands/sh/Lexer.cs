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
    private static readonly string[] Operators = ["&&", "||", ">>", ">|", "<&", ">&", "<>", "<<-", "<<", ";;", "|", "&", ";", "<", ">", "(", ")"];

    private readonly string _text;
    private readonly bool _insideBraces;
    private readonly List<HereDocument> _unread = [];
    private int _position;
    private int _line;
    private string? _hereOperator;

    /// <summary>A lexer over <paramref name="text"/>, whose first line is line <paramref name="firstLine"/> of the input.</summary>
    /// <param name="text">The input.</param>
    /// <param name="firstLine">The line number of the text's first line.</param>
    /// <param name="insideBraces">The text is the word of a ${NAME-word}: blanks and operators are part of it.</param>
    public Lexer(string text, int firstLine, bool insideBraces = false)
    {
        _text = text;
        _line = firstLine;
        _insideBraces = insideBraces;
    }

    /// <summary>The here-documents of the text, in the order their operators appear, with their bodies.</summary>
    public List<HereDocument> HereDocuments { get; } = [];

    /// <summary>
    /// The input ends here: a here-document without its delimiter line takes the rest of the text (as dash does)
    /// instead of asking for more lines.
    /// </summary>
    public bool EndOfInput { get; init; }

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
        {
            if (_unread.Count > 0)
                ReadHereDocuments();
            return new Token(TokenKind.End, "", null, _line, start, start);
        }

        char c = _text[_position];
        if (c == '\n')
        {
            _position++;
            var newline = new Token(TokenKind.Newline, "\n", null, _line++, start, _position);
            if (_unread.Count > 0)
                ReadHereDocuments();
            return newline;
        }

        foreach (string op in Operators)
        {
            if (string.CompareOrdinal(_text, _position, op, 0, op.Length) == 0)
            {
                _position += op.Length;
                if (op is "<<" or "<<-")
                    _hereOperator = op;
                return new Token(TokenKind.Operator, op, null, _line, start, _position);
            }
        }

        int line = _line;
        Word word = ReadWord();
        if (_hereOperator is not null)
        {
            var document = new HereDocument(word, _hereOperator == "<<-", line);
            _unread.Add(document);
            HereDocuments.Add(document);
            _hereOperator = null;
        }
        string? digits = word.PlainText;
        if (digits is not null && IsDigits(digits) && _position < _text.Length && (_text[_position] == '<' || _text[_position] == '>'))
            return new Token(TokenKind.IoNumber, digits, null, line, start, _position);
        return new Token(TokenKind.Word, word.Source, word, line, start, _position);
    }

    /// <summary>After the newline that ends their command: the bodies of the here-documents on it, each up to its delimiter line.</summary>
    private void ReadHereDocuments()
    {
        foreach (HereDocument document in _unread)
        {
            string delimiter = document.DelimiterText;
            int firstLine = _line;
            int start = _position;
            var body = new StringBuilder();
            bool ended = false;
            while (_position < _text.Length)
            {
                int end = _text.IndexOf('\n', _position);
                string line = end < 0 ? _text[_position..] : _text[_position..end];
                _position = end < 0 ? _text.Length : end + 1;
                _line++;
                if (document.StripTabs)
                    line = line.TrimStart('\t');
                if (line == delimiter)
                {
                    ended = true;
                    break;
                }

                body.Append(line);
                if (end >= 0)
                    body.Append('\n');
            }

            if (!ended && !EndOfInput)
            {
                throw new IncompleteInput("here-document <<" + delimiter + " opened on line " + document.Line + " has no line \"" + delimiter + "\" to end it", document.Line)
                {
                    HereDocument = true,
                };
            }

            document.RawText = _text[start.._position];
            document.Body = document.Quoted
                ? new Word(new List<WordPart> { new LiteralPart(body.ToString(), true) }, body.ToString())
                : new Lexer(body.ToString(), firstLine).ReadHereDocumentBody();
        }

        _unread.Clear();
    }

    /// <summary>
    /// The text of $((...)) as a word to expand before it is evaluated, as dash does: $ and ` expand (as in a
    /// here-document's body), quotes stay as written.
    /// </summary>
    /// <param name="expression">The text between $(( and )).</param>
    /// <returns>The word.</returns>
    public static Word ArithmeticWord(string expression) => new Lexer(expression, 1).ReadHereDocumentBody();

    /// <summary>Reads all the text as the body of a here-document: $ and ` expand, \ quotes only $ ` \ and newline.</summary>
    private Word ReadHereDocumentBody()
    {
        var parts = new List<WordPart>();
        var literal = new StringBuilder();
        void Flush()
        {
            if (literal.Length > 0)
                parts.Add(new LiteralPart(literal.ToString(), true));
            literal.Clear();
        }

        while (_position < _text.Length)
        {
            char c = _text[_position];
            if (c == '\\' && _position + 1 < _text.Length && "$`\\\n".Contains(_text[_position + 1]))
            {
                if (_text[_position + 1] != '\n')
                    literal.Append(_text[_position + 1]);
                _position += 2;
            }
            else if (c is '$' or '`' && ReadExpansion(true) is WordPart part)
            {
                Flush();
                parts.Add(part);
            }
            else
            {
                // A $ that stands for itself was consumed by ReadExpansion already.
                if (c != '$')
                    _position++;
                literal.Append(c);
            }
        }

        Flush();
        return new Word(parts, _text);
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

        // "" or '' where it stands, so that it makes a field even when the rest of the word expands to nothing, and
        // counts as the start of a field when field splitting follows it ("" $X with X=' a' is one field, "a").
        void AddQuotedEmpty()
        {
            Flush();
            parts.Add(new LiteralPart("", true));
        }

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

                if (quoted.Length == 0)
                    AddQuotedEmpty();
                _position = close + 1;
            }
            else if (c == '"')
            {
                if (ReadDoubleQuoted(parts, Flush, Append))
                    AddQuotedEmpty();
            }
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

        if (_position < _text.Length && _text[_position] == '{')
            return ReadBracedParameter(quoted);
        string? name = ReadParameter();
        return name is null ? null : new ParameterPart(name, quoted);
    }

    /// <summary>The ) that ends a $( whose text starts at <paramref name="start"/>: nested parentheses, quotes and backslashes skipped; -1 if none.</summary>
    private int ClosingParenthesis(int start)
    {
        int depth = 0;

        // Inside a case, a pattern's ) (as in "x) echo;;") closes no parenthesis: each case open counts one such ) per item.
        int cases = 0;
        for (int i = start; i < _text.Length; i++)
        {
            char c = _text[i];
            if (IsCaseAt(i))
                cases++;
            else if (IsReservedWordAt(i, "esac") && cases > 0)
                cases--;
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
            else if (c == ')' && depth == 0 && cases > 0)
                continue;
            else if (c == ')' && depth-- == 0)
                return i;
        }

        return -1;
    }

    /// <summary>Whether a case starts at <paramref name="at"/>: "case", a word, then "in" (whatever reserved word comes before it, as do or then).</summary>
    private bool IsCaseAt(int at)
    {
        if (at + 4 >= _text.Length || string.CompareOrdinal(_text, at, "case", 0, 4) != 0 || (at > 0 && !IsDelimiter(_text[at - 1]) && _text[at - 1] != '\n'))
            return false;
        int i = at + 4;
        if (_text[i] is not (' ' or '\t'))
            return false;
        while (i < _text.Length && _text[i] is ' ' or '\t')
            i++;
        while (i < _text.Length && !(_text[i] is ' ' or '\t' or '\n' or ';' or ')'))
            i++;
        while (i < _text.Length && _text[i] is ' ' or '\t' or '\n')
            i++;
        return i + 2 <= _text.Length && string.CompareOrdinal(_text, i, "in", 0, 2) == 0 && (i + 2 == _text.Length || _text[i + 2] is ' ' or '\t' or '\n');
    }

    /// <summary>Whether reserved word <paramref name="word"/> is at <paramref name="at"/>: where a command starts, and ended by a blank or an operator.</summary>
    private bool IsReservedWordAt(int at, string word)
    {
        if (at + word.Length > _text.Length || string.CompareOrdinal(_text, at, word, 0, word.Length) != 0)
            return false;
        int before = at - 1;
        while (before >= 0 && _text[before] is ' ' or '\t')
            before--;
        bool commandStart = before < 0 || _text[before] is '\n' or ';' or '&' or '|' or '(' or ')';
        int after = at + word.Length;
        return commandStart && (after == _text.Length || _text[after] is ' ' or '\t' or '\n' or ';' or ')');
    }

    private static readonly string[] ParameterOperators = [":-", ":=", ":?", ":+", "-", "=", "?", "+", "%%", "%", "##", "#"];

    /// <summary>At the { of ${...}: the parameter, with its operator and word if it has them.</summary>
    private ParameterPart ReadBracedParameter(bool quoted)
    {
        int opened = _line;
        int close = ClosingBrace(_position + 1, quoted);
        if (close < 0)
            throw new SyntaxError("missing '}' after ${", opened);
        string inside = _text.Substring(_position + 1, close - _position - 1);
        foreach (char c in inside)
        {
            if (c == '\n')
                _line++;
        }

        _position = close + 1;
        if (inside.Length > 1 && inside[0] == '#' && IsParameterName(inside[1..]))
            return new ParameterPart(inside[1..], quoted) { Operator = "length" };
        int nameLength = inside.Length > 0 && IsSpecial(inside[0]) ? 1 : 0;
        bool digits = inside.Length > 0 && char.IsAsciiDigit(inside[0]);
        while (nameLength == 0 || (nameLength < inside.Length && !IsSpecial(inside[0])))
        {
            if (nameLength >= inside.Length || !(digits ? char.IsAsciiDigit(inside[nameLength]) : char.IsAsciiLetterOrDigit(inside[nameLength]) || inside[nameLength] == '_'))
                break;
            nameLength++;
        }

        string name = inside[..nameLength];
        if (nameLength == inside.Length && IsParameterName(name))
            return new ParameterPart(name, quoted);
        string rest = inside[nameLength..];
        foreach (string op in ParameterOperators)
        {
            if (IsParameterName(name) && string.CompareOrdinal(rest, 0, op, 0, op.Length) == 0)
            {
                Word argument = new Lexer(rest[op.Length..], opened, insideBraces: true).ReadWord();
                return new ParameterPart(name, quoted) { Operator = op, Argument = argument };
            }
        }

        throw new SyntaxError("bad substitution: ${" + inside + "} (${NAME} takes :- - := = :? ? :+ + % %% # ## or a leading #)", opened);
    }

    /// <summary>The } that ends a ${ whose text starts at <paramref name="start"/>: quotes, backslashes, nested ${ } and $( ) skipped; -1 if none.</summary>
    private int ClosingBrace(int start, bool quoted)
    {
        int depth = 0;
        for (int i = start; i < _text.Length; i++)
        {
            char c = _text[i];
            if (c == '\\')
                i++;
            else if (c == '\'' && !quoted)
            {
                i = _text.IndexOf('\'', i + 1);
                if (i < 0)
                    return -1;
            }
            else if (c == '$' && i + 1 < _text.Length && _text[i + 1] == '(')
            {
                i = ClosingParenthesis(i + 2);
                if (i < 0)
                    return -1;
            }
            else if (c == '$' && i + 1 < _text.Length && _text[i + 1] == '{')
            {
                depth++;
                i++;
            }
            else if (c == '}' && depth-- == 0)
                return i;
        }

        return -1;
    }

    private static bool IsParameterName(string text) => IsName(text) || IsDigits(text) || (text.Length == 1 && IsSpecial(text[0]));

    /// <summary>After a $: the parameter's name, or null when the $ stands for itself.</summary>
    private string? ReadParameter()
    {
        if (_position >= _text.Length)
            return null;
        char c = _text[_position];
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

    private bool IsDelimiter(char c) => !_insideBraces && c is ' ' or '\t' or '\n' or ';' or '&' or '|' or '<' or '>' or '(' or ')';

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
