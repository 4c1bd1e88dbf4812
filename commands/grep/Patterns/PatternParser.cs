namespace Minix.Commands.Grep.Patterns;

/// <summary>
/// Reads a POSIX regular expression, basic (grep, -G) or extended (-E), as GNU grep does in the C locale, into a tree
/// of <see cref="PatternNode"/>s. Besides POSIX it takes GNU's \+ \? \| in basic expressions, \w \W \s \S, the word
/// anchors \&lt; \&gt; \b \B, and \` \' (the line's ends). Back-references are refused: the matcher is an automaton.
/// </summary>
public sealed class PatternParser
{
    /// <summary>Most times an interval may repeat (RE_DUP_MAX).</summary>
    public const int MostRepeats = 32767;

    /// <summary>
    /// Deepest nesting of groups, and most repeat operators on one atom: the parser and the compiler recurse once per
    /// level, and a program's stack on the image is small; past it the pattern is "too big", never a crash.
    /// </summary>
    public const int MostNesting = 100;

    private readonly byte[] _text;
    private readonly bool _extended, _ignoreCase;
    private readonly List<string> _warnings;
    private int _at, _depth, _closedGroups;
    private string? _error;
    private bool _classSyntax;

    private PatternParser(byte[] text, bool extended, bool ignoreCase, List<string> warnings)
    {
        _text = text;
        _extended = extended;
        _ignoreCase = ignoreCase;
        _warnings = warnings;
    }

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <param name="text">The pattern, one line of grep's patterns.</param>
    /// <param name="extended">Extended syntax (-E); else basic.</param>
    /// <param name="ignoreCase">Letters match either case (-i).</param>
    /// <param name="warnings">Where GNU's warnings go ("* at start of expression").</param>
    /// <param name="error">Null, or GNU's message for an invalid pattern ("Unmatched ( or \(").</param>
    /// <param name="classSyntax">Whether a bracket expression looks like a class without its outer brackets ("[:space:]"), an error that comes after every other.</param>
    /// <returns>The tree, or null after an error.</returns>
    public static PatternNode? Parse(byte[] text, bool extended, bool ignoreCase, List<string> warnings, out string? error, out bool classSyntax)
    {
        var parser = new PatternParser(text, extended, ignoreCase, warnings);
        PatternNode? node = parser.Choice();
        if (node is not null && parser._at < text.Length)
            parser._error = "Unmatched ) or \\)";
        error = parser._error;
        classSyntax = parser._classSyntax;
        return error is null ? node : null;
    }

    private bool AtEnd => _at >= _text.Length;

    private bool Next(char c) => _at < _text.Length && _text[_at] == (byte)c;

    private bool NextEscaped(char c) => _at + 1 < _text.Length && _text[_at] == (byte)'\\' && _text[_at + 1] == (byte)c;

    private bool AtBar => _extended ? Next('|') : NextEscaped('|');

    private bool AtGroupEnd => _extended ? _depth > 0 && Next(')') : NextEscaped(')');

    private PatternNode? Choice()
    {
        var branches = new List<PatternNode>();
        while (true)
        {
            PatternNode? branch = Branch();
            if (branch is null)
                return null;
            branches.Add(branch);
            if (!AtBar)
                break;
            _at += _extended ? 1 : 2;
        }

        return branches.Count == 1 ? branches[0] : PatternNode.Of(PatternNodeKind.Choice, branches);
    }

    private PatternNode? Branch()
    {
        var pieces = new List<PatternNode>();
        bool first = true, atStart = true;
        while (!AtEnd && !AtBar && !AtGroupEnd)
        {
            if (_extended && atStart && SkipLeadingRepeat())
            {
                if (_error is not null)
                    return null;
                continue;
            }

            PatternNode? atom = Atom(first, atStart);
            if (atom is null)
                return null;

            // a * after the branch's leading anchors (^, \<,  ...) is literal in a basic expression; GNU warns of it in
            // an extended one, then repeats the anchor
            atStart = atStart && atom.Kind == PatternNodeKind.Assert;
            first = false;
            if (atStart && _extended && !AtEnd && _text[_at] is (byte)'*' or (byte)'+' or (byte)'?')
                _warnings.Add((char)_text[_at] + " at start of expression");
            else if (atStart && _extended && IntervalFollows())
                _warnings.Add("{...} at start of expression");
            if ((!atStart || _extended) && !Repeats(ref atom))
                return null;
            pieces.Add(atom);
        }

        return pieces.Count == 1 ? pieces[0] : PatternNode.Of(PatternNodeKind.Sequence, pieces);
    }

    /// <summary>An extended expression's repeat with nothing before it: GNU warns and ignores it.</summary>
    private bool SkipLeadingRepeat()
    {
        if (Next('*') || Next('+') || Next('?'))
        {
            _warnings.Add((char)_text[_at] + " at start of expression");
            _at++;
            return true;
        }

        int before = _at;
        if (Next('{'))
        {
            _at++;
            if (Interval(out _, out _) == IntervalResult.Read)
            {
                _warnings.Add("{...} at start of expression");
                return true;
            }

            _at = before;
        }

        return _error is not null;
    }

    // first: nothing before it in the branch (a basic ^ anchors only there); atStart: only anchors before it.
    private PatternNode? Atom(bool first, bool atStart)
    {
        byte c = _text[_at];
        if (_extended)
        {
            switch (c)
            {
                case (byte)'(':
                    _at++;
                    return Group(")");
                case (byte)'^':
                    _at++;
                    return PatternNode.OfAssertion(Assertion.LineStart);
                case (byte)'$':
                    _at++;
                    return PatternNode.OfAssertion(Assertion.LineEnd);
            }
        }
        else
        {
            if (c == (byte)'^' && first)
            {
                _at++;
                return PatternNode.OfAssertion(Assertion.LineStart);
            }

            if (c == (byte)'$' && (_at + 1 == _text.Length || NextEscapedAfter('|') || NextEscapedAfter(')')))
            {
                _at++;
                return PatternNode.OfAssertion(Assertion.LineEnd);
            }

            if (c == (byte)'*' && atStart)
            {
                _at++;
                return Literal('*');
            }
        }

        switch (c)
        {
            case (byte)'.':
                _at++;
                return PatternNode.OfBytes(ByteSet.All);
            case (byte)'[':
                _error = BracketExpression.Read(_text, ref _at, _ignoreCase, out ByteSet set, out bool classSyntax);
                _classSyntax |= classSyntax;
                return _error is null ? PatternNode.OfBytes(set) : null;
            case (byte)'\\':
                return Escape(atStart);
        }

        _at++;
        return Literal(c);
    }

    private bool NextEscapedAfter(char c) => _at + 2 < _text.Length && _text[_at + 1] == (byte)'\\' && _text[_at + 2] == (byte)c;

    private PatternNode? Escape(bool atStart)
    {
        if (_at + 1 >= _text.Length)
        {
            _error = "Trailing backslash";
            return null;
        }

        byte c = _text[_at + 1];
        _at += 2;
        if (!_extended && c == (byte)'(')
            return Group("\\)");
        if (!_extended && c == (byte)')')
        {
            _error = "Unmatched ) or \\)";
            return null;
        }

        if (c >= (byte)'1' && c <= (byte)'9')
        {
            _error = c - '0' > _closedGroups ? "Invalid back reference" : "back-references are not supported";
            return null;
        }

        switch (c)
        {
            case (byte)'w': return PatternNode.OfBytes(CharacterClasses.Word);
            case (byte)'W': return PatternNode.OfBytes(CharacterClasses.Word.Inverted());
            case (byte)'s': return PatternNode.OfBytes(CharacterClasses.Space);
            case (byte)'S': return PatternNode.OfBytes(CharacterClasses.Space.Inverted());
            case (byte)'<': return PatternNode.OfAssertion(Assertion.WordStart);
            case (byte)'>': return PatternNode.OfAssertion(Assertion.WordEnd);
            case (byte)'b': return PatternNode.OfAssertion(Assertion.WordBoundary);
            case (byte)'B': return PatternNode.OfAssertion(Assertion.NotWordBoundary);
            case (byte)'`': return PatternNode.OfAssertion(Assertion.LineStart);
            case (byte)'\'': return PatternNode.OfAssertion(Assertion.LineEnd);
        }

        return Literal(c);
    }

    private PatternNode? Group(string end)
    {
        if (_depth >= MostNesting)
        {
            _error = "Regular expression too big";
            return null;
        }

        _depth++;
        PatternNode? inner = Choice();
        _depth--;
        if (inner is null)
            return null;
        if (end == ")" ? !Next(')') : !NextEscaped(')'))
        {
            _error = "Unmatched ( or \\(";
            return null;
        }

        _at += end.Length;
        _closedGroups++;
        return inner;
    }

    private PatternNode Literal(int c) => PatternNode.OfBytes(_ignoreCase ? ByteSet.Of(c).CaseFolded() : ByteSet.Of(c));

    /// <summary>Wraps <paramref name="atom"/> in each repeat operator that follows it.</summary>
    private bool Repeats(ref PatternNode atom)
    {
        int stacked = 0;
        while (!AtEnd)
        {
            int min, max;
            int before = _at;
            if (Next('*'))
            {
                (min, max) = (0, -1);
                _at++;
            }
            else if (_extended ? Next('+') : NextEscaped('+'))
            {
                (min, max) = (1, -1);
                _at += _extended ? 1 : 2;
            }
            else if (_extended ? Next('?') : NextEscaped('?'))
            {
                (min, max) = (0, 1);
                _at += _extended ? 1 : 2;
            }
            else if (_extended ? Next('{') : NextEscaped('{'))
            {
                _at += _extended ? 1 : 2;
                IntervalResult result = Interval(out min, out max);
                if (result == IntervalResult.Failed)
                    return false;
                if (result == IntervalResult.NotAnInterval)
                {
                    _at = before;
                    return true;
                }
            }
            else
            {
                return true;
            }

            // x** x+* x*+ x++ x+? are one loop: no deeper nesting for what matches the same
            if (atom.Kind == PatternNodeKind.Repeat && atom.Max < 0 && atom.Min <= 1 && (max < 0 || (min == 0 && max == 1)))
            {
                atom.Min = min == 0 ? 0 : atom.Min;
                continue;
            }

            if (++stacked > MostNesting)
            {
                _error = "Regular expression too big";
                return false;
            }

            atom = new PatternNode { Kind = PatternNodeKind.Repeat, Min = min, Max = max, Children = { atom } };
        }

        return true;
    }

    private enum IntervalResult
    {
        Read,
        NotAnInterval,
        Failed,
    }

    /// <summary>"m}", "m,}", ",n}", "m,n}" (basic: "\}") after the opening brace.</summary>
    private IntervalResult Interval(out int min, out int max)
    {
        min = max = 0;
        int low = Number(), high = -1;
        bool comma = Next(',');
        if (comma)
        {
            _at++;
            high = Number();
        }

        bool closed = _extended ? Next('}') : NextEscaped('}');
        if (!closed || (low < 0 && !comma))
        {
            // extended: braces holding only digits and commas ("{}", "{1,2,3}") are a bad interval, anything else text
            if (_extended && !OnlyNumbersToBrace())
                return IntervalResult.NotAnInterval;
            if (_extended)
            {
                _error = "Invalid content of \\{\\}";
                return IntervalResult.Failed;
            }

            _error = IndexOfClose() < 0 ? "Unmatched \\{" : "Invalid content of \\{\\}";
            return IntervalResult.Failed;
        }

        _at += _extended ? 1 : 2;
        min = low < 0 ? 0 : low;
        max = comma ? high : min;
        if (max >= 0 && max < min)
        {
            _error = "Invalid content of \\{\\}";
            return IntervalResult.Failed;
        }

        if (min > MostRepeats || max > MostRepeats)
        {
            _error = "Regular expression too big";
            return IntervalResult.Failed;
        }

        return IntervalResult.Read;
    }

    private bool OnlyNumbersToBrace()
    {
        int i = _at;
        while (i < _text.Length && (_text[i] == (byte)',' || (_text[i] >= (byte)'0' && _text[i] <= (byte)'9')))
            i++;
        return i < _text.Length && _text[i] == (byte)'}';
    }

    /// <summary>Whether a valid interval ("{2}", "{1,3}") is next; nothing is consumed.</summary>
    private bool IntervalFollows()
    {
        if (!Next('{'))
            return false;
        int before = _at;
        _at++;
        bool valid = Interval(out _, out _) == IntervalResult.Read;
        _at = before;
        _error = null;
        return valid;
    }

    /// <summary>Decimal digits (capped past the limit), or -1 if none.</summary>
    private int Number()
    {
        int value = -1;
        while (!AtEnd && _text[_at] >= (byte)'0' && _text[_at] <= (byte)'9')
        {
            value = Math.Min((value < 0 ? 0 : value) * 10 + (_text[_at] - '0'), MostRepeats + 1);
            _at++;
        }

        return value;
    }

    private int IndexOfClose()
    {
        for (int i = _at; i + 1 < _text.Length; i++)
        {
            if (_text[i] == (byte)'\\' && _text[i + 1] == (byte)'}')
                return i;
        }

        return -1;
    }
}
