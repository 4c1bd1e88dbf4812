namespace Minix.Commands.Shell;

/// <summary>
/// Builds the syntax tree of one complete input: lists of and-or lists (; &amp; newline), and-or lists (&amp;&amp; ||),
/// pipelines (! and |) and simple commands (assignments, words, redirections). A command missing where one is needed
/// is a <see cref="SyntaxError"/> naming the token found instead, or <see cref="IncompleteInput"/> at the end.
/// </summary>
public sealed class Parser
{
    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly List<HereDocument> _hereDocuments;
    private int _next;
    private int _nextHereDocument;
    private readonly Aliases? _aliases;

    private Parser(string text, int firstLine, bool endOfInput, Aliases? aliases)
    {
        _text = text;
        _aliases = aliases;
        var lexer = new Lexer(text, firstLine) { EndOfInput = endOfInput };
        _tokens = lexer.ReadAll();
        _hereDocuments = lexer.HereDocuments;
    }

    /// <summary>Parses <paramref name="text"/>, whose first line is line <paramref name="firstLine"/> of the input.</summary>
    /// <param name="text">Complete lines of input.</param>
    /// <param name="firstLine">The line number of its first line.</param>
    /// <param name="endOfInput">No more input follows: a here-document without its delimiter line ends with the text.</param>
    /// <param name="aliases">The aliases a command's first word may name (none: null).</param>
    /// <returns>The commands, in order.</returns>
    public static CommandList Parse(string text, int firstLine, bool endOfInput = false, Aliases? aliases = null) => new Parser(text, firstLine, endOfInput, aliases).ParseList(nested: false, NoKeywords);

    private static readonly HashSet<string> NoKeywords = [];

    private Token Peek => _tokens[_next];

    /// <summary>
    /// A list up to the end of the input, or (<paramref name="nested"/>) up to the ) that closes a subshell, or up to
    /// one of the reserved words in <paramref name="terminators"/> where a command would start (then, fi, done ...).
    /// </summary>
    private CommandList ParseList(bool nested, HashSet<string> terminators)
    {
        var items = new List<AndOrList>();
        while (true)
        {
            SkipNewlines();
            if (Peek.Kind == TokenKind.End || (nested && IsOperator(Peek, ")")) || IsKeyword(Peek, terminators) || InCaseItem(terminators))
                return new CommandList(items);
            AndOrList item = ParseAndOr();
            if (IsOperator(Peek, "&") || IsOperator(Peek, ";"))
            {
                bool background = Peek.Text == "&";
                _next++;
                item = item with { Background = background };
            }
            else if (Peek.Kind != TokenKind.Newline && Peek.Kind != TokenKind.End && !(nested && IsOperator(Peek, ")")) && !InCaseItem(terminators))
                throw Unexpected(Peek);
            items.Add(item);
        }
    }

    /// <summary>At the ;; that ends a case item's commands.</summary>
    private bool InCaseItem(HashSet<string> terminators) => IsOperator(Peek, ";;") && terminators.Contains("esac");

    private AndOrList ParseAndOr()
    {
        Token first = Peek;
        int firstDocument = _nextHereDocument;
        Pipeline pipeline = ParsePipeline();
        var rest = new List<(Connector, Pipeline)>();
        while (IsOperator(Peek, "&&") || IsOperator(Peek, "||"))
        {
            Token op = _tokens[_next++];
            SkipNewlines();
            if (Peek.Kind == TokenKind.End)
                throw new IncompleteInput("end of input unexpected after \"" + op.Text + "\"", op.Line);
            rest.Add((op.Text == "&&" ? Connector.And : Connector.Or, ParsePipeline()));
        }

        string source = SourceFrom(first);
        return new AndOrList(pipeline, rest, false, _nextHereDocument == firstDocument ? source : WithBodies(source, firstDocument));
    }

    private Pipeline ParsePipeline()
    {
        Token first = Peek;
        bool negated = false;
        if (Peek.Kind == TokenKind.Word && Peek.Word!.PlainText == "!")
        {
            negated = true;
            _next++;
        }

        var stages = new List<PipelineStage> { ParseCommand() };
        while (IsOperator(Peek, "|"))
        {
            Token op = _tokens[_next++];
            SkipNewlines();
            if (Peek.Kind == TokenKind.End)
                throw new IncompleteInput("end of input unexpected after \"|\"", op.Line);
            stages.Add(ParseCommand());
        }

        return new Pipeline(stages, negated, SourceFrom(first));
    }

    /// <summary>A command; one with here-documents carries their bodies in its source, for a child shell that runs it as text.</summary>
    private PipelineStage ParseCommand()
    {
        int firstDocument = _nextHereDocument;
        PipelineStage stage = ParseCommandAlone();
        return _nextHereDocument == firstDocument ? stage : stage with { Source = WithBodies(stage.Source, firstDocument) };
    }

    private string WithBodies(string source, int firstDocument)
    {
        var text = new System.Text.StringBuilder(source).Append('\n');
        for (int i = firstDocument; i < _nextHereDocument; i++)
            text.Append(_hereDocuments[i].RawText);
        return text.ToString();
    }

    private PipelineStage ParseCommandAlone()
    {
        if (IsOperator(Peek, "("))
            return ParseSubshell();
        if (Peek.Kind == TokenKind.Word && IsOperator(_tokens[_next + 1], "(") && _tokens[_next + 2] is var close && IsOperator(close, ")"))
            return ParseFunction();
        ExpandAliases(_next);
        if (IsOperator(Peek, "("))
            return ParseSubshell();
        return (Peek.Kind == TokenKind.Word ? Peek.Word!.PlainText : null) switch
        {
            "if" => ParseIf(),
            "while" or "until" => ParseLoop(),
            "for" => ParseFor(),
            "case" => ParseCase(),
            "{" => ParseBraceGroup(),
            "then" or "else" or "elif" or "fi" or "do" or "done" or "}" or "esac" => throw Unexpected(Peek),
            _ => ParseSimpleCommand(),
        };
    }

    /// <summary>The reserved words: an alias never replaces one.</summary>
    private static readonly HashSet<string> ReservedWords = ["if", "then", "else", "elif", "fi", "do", "done", "case", "esac", "while", "until", "for", "{", "}", "!", "in"];

    /// <summary>
    /// Reads the word at token <paramref name="index"/> (a command's first word) as its alias's text when it is an
    /// unquoted alias name: the text's tokens take its place, their first word is looked up again (but for an alias
    /// already replaced there), and when the text ends in a blank the word after it is looked up too, as in dash.
    /// </summary>
    private void ExpandAliases(int index)
    {
        if (_aliases is null || _aliases.Empty)
            return;
        var replaced = new HashSet<string>(StringComparer.Ordinal);
        int standing = 1; // the tokens standing for the word now
        bool nextToo = false;
        while (_tokens[index] is { Kind: TokenKind.Word } token && token.Word!.PlainText is string name
               && !ReservedWords.Contains(name) && !replaced.Contains(name) && _aliases.Get(name) is string value)
        {
            replaced.Add(name);
            List<Token> text = new Lexer(value, token.Line).ReadAll();
            text.RemoveAt(text.Count - 1); // its End

            // At the alias word's place: a command's source, which a child shell (given the aliases too) may run again, is the text as written.
            for (int i = 0; i < text.Count; i++)
                text[i] = text[i] with { Line = token.Line, Start = token.Start, End = token.End };
            _tokens.RemoveAt(index);
            _tokens.InsertRange(index, text);
            standing = Math.Max(standing + text.Count - 1, 1);
            nextToo |= value.Length > 0 && value[^1] is ' ' or '\t';
        }

        if (nextToo)
            ExpandAliases(index + standing);
    }

    private IfCommand ParseIf()
    {
        Token first = Peek;
        var branches = new List<(CommandList, CommandList)>();
        CommandList? otherwise = null;
        string word = "if";
        while (word is "if" or "elif")
        {
            Token keyword = _tokens[_next++];
            CommandList condition = Body(keyword, ["then"]);
            Expect("then", keyword);
            CommandList body = Body(keyword, ["elif", "else", "fi"]);
            branches.Add((condition, body));
            word = Peek.Word!.PlainText!;
            if (word == "else")
            {
                Token elseToken = _tokens[_next++];
                otherwise = Body(elseToken, ["fi"]);
                word = "fi";
            }
        }

        Expect("fi", first);
        return new IfCommand(branches, otherwise, ParseTrailingRedirections(), SourceFrom(first));
    }

    private LoopCommand ParseLoop()
    {
        Token keyword = _tokens[_next++];
        CommandList condition = Body(keyword, ["do"]);
        Expect("do", keyword);
        CommandList body = Body(keyword, ["done"]);
        Expect("done", keyword);
        return new LoopCommand(keyword.Word!.PlainText == "until", condition, body, ParseTrailingRedirections(), SourceFrom(keyword));
    }

    private ForCommand ParseFor()
    {
        Token keyword = _tokens[_next++];
        string? name = Peek.Kind == TokenKind.Word ? Peek.Word!.PlainText : null;
        if (name is null || !Lexer.IsName(name))
            throw new SyntaxError("for needs a variable name, not " + Describe(Peek), Peek.Line);
        _next++;
        List<Word>? words = null;
        SkipNewlines();
        if (IsKeyword(Peek, ["in"]))
        {
            _next++;
            words = new List<Word>();
            while (Peek.Kind == TokenKind.Word)
                words.Add(_tokens[_next++].Word!);
            if (!IsOperator(Peek, ";") && Peek.Kind != TokenKind.Newline)
                throw Peek.Kind == TokenKind.End ? new IncompleteInput("missing \"do\" for the \"for\" on line " + keyword.Line, keyword.Line) : Unexpected(Peek);
            _next++;
        }
        else if (IsOperator(Peek, ";"))
            _next++;
        SkipNewlines();
        Expect("do", keyword);
        CommandList body = Body(keyword, ["done"]);
        Expect("done", keyword);
        return new ForCommand(name, words, body, ParseTrailingRedirections(), SourceFrom(keyword));
    }

    /// <summary>NAME() followed by its body (after newlines): a compound command, or as dash allows, a simple one.</summary>
    private FunctionDefinition ParseFunction()
    {
        Token name = _tokens[_next];
        string? text = name.Word!.PlainText;
        if (text is null || !Lexer.IsName(text) || Builtins.IsSpecial(text))
            throw new SyntaxError("\"" + name.Text + "\" cannot be a function's name", name.Line);
        _next += 3;
        SkipNewlines();
        if (Peek.Kind == TokenKind.End)
            throw new IncompleteInput("end of input after \"" + text + "()\" on line " + name.Line + " (its body is missing)", name.Line);
        PipelineStage body = ParseCommand();
        if (body is FunctionDefinition)
            throw new SyntaxError("the body of function " + text + " cannot be another function's definition", name.Line);
        return new FunctionDefinition(text, body, SourceFrom(name));
    }

    private static readonly HashSet<string> CaseEnd = ["esac"];

    private CaseCommand ParseCase()
    {
        Token keyword = _tokens[_next++];
        if (Peek.Kind != TokenKind.Word)
            throw Peek.Kind == TokenKind.End ? new IncompleteInput("end of input after \"case\" on line " + keyword.Line, keyword.Line) : new SyntaxError("case needs a word, not " + Describe(Peek), Peek.Line);
        Word subject = _tokens[_next++].Word!;
        SkipNewlines();
        if (!IsKeyword(Peek, ["in"]))
        {
            if (Peek.Kind == TokenKind.End)
                throw new IncompleteInput("missing \"in\" for the \"case\" on line " + keyword.Line, keyword.Line);
            throw new SyntaxError(Describe(Peek) + " unexpected (expecting \"in\" for the \"case\" on line " + keyword.Line + ")", Peek.Line);
        }

        _next++;
        var items = new List<CaseItem>();
        while (true)
        {
            SkipNewlines();
            if (IsKeyword(Peek, CaseEnd))
                break;
            if (IsOperator(Peek, "("))
                _next++;
            var patterns = new List<Word>();
            while (true)
            {
                if (Peek.Kind != TokenKind.Word)
                    throw CaseFault(keyword, "a pattern");
                patterns.Add(_tokens[_next++].Word!);
                if (!IsOperator(Peek, "|"))
                    break;
                _next++;
            }

            if (!IsOperator(Peek, ")"))
                throw CaseFault(keyword, "\")\" after the pattern");
            _next++;
            items.Add(new CaseItem(patterns, ParseList(nested: false, CaseEnd)));
            if (IsOperator(Peek, ";;"))
                _next++;
            else if (!IsKeyword(Peek, CaseEnd))
                throw CaseFault(keyword, "\";;\" or \"esac\"");
        }

        _next++;
        return new CaseCommand(subject, items, ParseTrailingRedirections(), SourceFrom(keyword));
    }

    /// <summary>Something else where a case needs <paramref name="expected"/>; at the end of the input, more lines may bring it.</summary>
    private SyntaxError CaseFault(Token keyword, string expected) => Peek.Kind == TokenKind.End
        ? new IncompleteInput("end of input inside the \"case\" on line " + keyword.Line + " (an \"esac\" is missing)", keyword.Line)
        : new SyntaxError(Describe(Peek) + " unexpected (expecting " + expected + " in the \"case\" on line " + keyword.Line + ")", Peek.Line);

    private BraceGroup ParseBraceGroup()
    {
        Token open = _tokens[_next++];
        CommandList body = Body(open, ["}"]);
        Expect("}", open);
        return new BraceGroup(body, ParseTrailingRedirections(), SourceFrom(open));
    }

    /// <summary>The commands of a compound command's part, up to one of <paramref name="terminators"/>; at least one command.</summary>
    private CommandList Body(Token opener, HashSet<string> terminators)
    {
        CommandList list = ParseList(nested: false, terminators);
        if (Peek.Kind == TokenKind.End)
            throw new IncompleteInput("end of input inside the \"" + opener.Text + "\" on line " + opener.Line + " (a \"" + string.Join("\" or \"", terminators) + "\" is missing)", opener.Line);
        if (!IsKeyword(Peek, terminators))
            throw Unexpected(Peek);
        if (list.Items.Count == 0)
            throw new SyntaxError("\"" + Peek.Text + "\" unexpected: no command before it", Peek.Line);
        return list;
    }

    private void Expect(string keyword, Token opener)
    {
        if (!IsKeyword(Peek, [keyword]))
        {
            if (Peek.Kind == TokenKind.End)
                throw new IncompleteInput("missing \"" + keyword + "\" for the \"" + opener.Text + "\" on line " + opener.Line, opener.Line);
            throw new SyntaxError(Describe(Peek) + " unexpected (expecting \"" + keyword + "\" for the \"" + opener.Text + "\" on line " + opener.Line + ")", Peek.Line);
        }

        _next++;
    }

    /// <summary>The redirections after a compound command; a word there is an error (as "fi x").</summary>
    private List<Redirection> ParseTrailingRedirections()
    {
        var redirections = new List<Redirection>();
        while (Peek.Kind == TokenKind.IoNumber || IsRedirectionOperator(Peek))
            redirections.Add(ParseRedirection());
        if (Peek.Kind == TokenKind.Word)
            throw Unexpected(Peek);
        return redirections;
    }

    private static bool IsKeyword(Token token, HashSet<string> keywords) =>
        token.Kind == TokenKind.Word && token.Word!.PlainText is string text && keywords.Contains(text);

    private static string Describe(Token token) => token.Kind switch
    {
        TokenKind.Newline => "newline",
        TokenKind.End => "end of input",
        _ => "\"" + token.Text + "\"",
    };

    /// <summary>( list ) and its redirections; the list is kept as text, for the child shell to parse again.</summary>
    private SubshellCommand ParseSubshell()
    {
        Token open = _tokens[_next++];
        CommandList inner = ParseList(nested: true, NoKeywords);
        if (!IsOperator(Peek, ")"))
        {
            if (Peek.Kind == TokenKind.End)
                throw new IncompleteInput("missing ) to end the ( opened on line " + open.Line, open.Line);
            throw Unexpected(Peek);
        }

        if (inner.Items.Count == 0)
            throw new SyntaxError("\")\" unexpected: ( ) holds no command", Peek.Line);
        Token close = _tokens[_next++];
        string text = _text.Substring(open.End, close.Start - open.End);
        return new SubshellCommand(text, ParseTrailingRedirections(), SourceFrom(open));
    }

    private SimpleCommand ParseSimpleCommand()
    {
        Token first = Peek;
        var assignments = new List<Assignment>();
        var words = new List<Word>();
        var redirections = new List<Redirection>();
        while (true)
        {
            Token token = Peek;
            if (token.Kind == TokenKind.Word)
            {
                _next++;
                Assignment? assignment = words.Count == 0 ? AsAssignment(token.Word!) : null;
                if (assignment is not null)
                    assignments.Add(assignment);
                else
                    words.Add(token.Word!);
            }
            else if (token.Kind == TokenKind.IoNumber || IsRedirectionOperator(token))
                redirections.Add(ParseRedirection());
            else
                break;
        }

        if (assignments.Count == 0 && words.Count == 0 && redirections.Count == 0)
        {
            if (Peek.Kind == TokenKind.End)
                throw new IncompleteInput("end of input unexpected", Peek.Line);
            throw Unexpected(Peek);
        }

        return new SimpleCommand(assignments, words, redirections, SourceFrom(first));
    }

    private Redirection ParseRedirection()
    {
        int fd = -1;
        if (Peek.Kind == TokenKind.IoNumber)
        {
            Token number = _tokens[_next++];
            if (!int.TryParse(number.Text, out fd) || fd > 9)
                throw new SyntaxError("descriptor " + number.Text + " in a redirection is out of range (0-9)", number.Line);
        }

        Token op = _tokens[_next++];
        if (Peek.Kind != TokenKind.Word)
        {
            if (Peek.Kind == TokenKind.End || Peek.Kind == TokenKind.Newline)
                throw new SyntaxError("redirection \"" + op.Text + "\" has no file name", op.Line);
            throw Unexpected(Peek);
        }

        Word target = _tokens[_next++].Word!;
        if (op.Text is "<<" or "<<-")
            return new Redirection(fd >= 0 ? fd : 0, RedirectionKind.HereDocument, _hereDocuments[_nextHereDocument++].Body!);
        (RedirectionKind kind, int defaultFd) = op.Text switch
        {
            "<" => (RedirectionKind.Input, 0),
            ">" or ">|" => (RedirectionKind.Output, 1),
            ">>" => (RedirectionKind.Append, 1),
            "<>" => (RedirectionKind.ReadWrite, 0),
            "<&" => (RedirectionKind.Duplicate, 0),
            _ => (RedirectionKind.Duplicate, 1),
        };
        return new Redirection(fd >= 0 ? fd : defaultFd, kind, target);
    }

    /// <summary>The word as NAME=value (its first characters unquoted, NAME a name), with the value marked for tilde expansion; else null.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The assignment, or null.</returns>
    public static Assignment? AsAssignment(Word word)
    {
        if (word.Parts.Count == 0 || word.Parts[0] is not LiteralPart { Quoted: false } head)
            return null;
        int equals = head.Text.IndexOf('=');
        if (equals <= 0 || !Lexer.IsName(head.Text[..equals]))
            return null;
        var valueParts = new List<WordPart>();
        if (equals + 1 < head.Text.Length)
            valueParts.Add(new LiteralPart(head.Text[(equals + 1)..], false));
        for (int i = 1; i < word.Parts.Count; i++)
            valueParts.Add(word.Parts[i]);
        return new Assignment(head.Text[..equals], TildeExpansion.Mark(new Word(valueParts, word.Source[(equals + 1)..]), assignment: true));
    }

    private void SkipNewlines()
    {
        while (Peek.Kind == TokenKind.Newline)
            _next++;
    }

    private string SourceFrom(Token first) => _text.Substring(first.Start, _tokens[_next - 1].End - first.Start).Trim();

    private static bool IsOperator(Token token, string op) => token.Kind == TokenKind.Operator && token.Text == op;

    private static bool IsRedirectionOperator(Token token) =>
        token.Kind == TokenKind.Operator && token.Text is "<" or ">" or ">>" or ">|" or "<&" or ">&" or "<>" or "<<" or "<<-";

    private static SyntaxError Unexpected(Token token) => token.Kind switch
    {
        TokenKind.Newline => new SyntaxError("newline unexpected", token.Line),
        TokenKind.End => new IncompleteInput("end of input unexpected", token.Line),
        _ => new SyntaxError("\"" + token.Text + "\" unexpected", token.Line),
    };
}
