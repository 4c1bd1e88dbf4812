namespace Minix.Commands.Shell;

/// <summary>An arithmetic expansion that cannot be evaluated; the message names the expression and the fault.</summary>
public sealed class ArithmeticError : Exception
{
    /// <summary>A failure of <paramref name="expression"/>.</summary>
    /// <param name="expression">The expression.</param>
    /// <param name="fault">What is wrong.</param>
    public ArithmeticError(string expression, string fault)
        : base("arithmetic expression \"" + expression + "\": " + fault)
    {
    }
}

/// <summary>
/// $((...)): signed 64-bit integer arithmetic with C's operators and precedence (unary + - ! ~, * / %, + -, &lt;&lt;
/// &gt;&gt;, comparisons, == !=, &amp; ^ |, &amp;&amp; ||, ?:); a name or $NAME is the variable's value (unset or
/// empty: 0). Numbers are decimal, 0x hexadecimal or 0 octal.
/// </summary>
public sealed class Arithmetic
{
    private static readonly string[][] Levels =
    [
        ["||"], ["&&"], ["|"], ["^"], ["&"], ["==", "!="], ["<=", ">=", "<", ">"], ["<<", ">>"], ["+", "-"], ["*", "/", "%"],
    ];

    private readonly string _text;
    private readonly ShellState _state;
    private int _position;
    private int _skipping;

    private Arithmetic(string text, ShellState state)
    {
        _text = text;
        _state = state;
    }

    /// <summary>The value of <paramref name="expression"/>.</summary>
    /// <param name="expression">The text between $(( and )).</param>
    /// <param name="state">The variables.</param>
    /// <returns>The value.</returns>
    public static long Evaluate(string expression, ShellState state)
    {
        var arithmetic = new Arithmetic(expression, state);
        long value = arithmetic.Conditional();
        arithmetic.SkipBlanks();
        if (arithmetic._position < expression.Length)
            throw new ArithmeticError(expression, "unexpected \"" + expression[arithmetic._position..] + "\"");
        return value;
    }

    private long Conditional()
    {
        long condition = Binary(0);
        if (!Take("?"))
            return condition;
        _skipping += condition == 0 ? 1 : 0;
        long then = Conditional();
        _skipping -= condition == 0 ? 1 : 0;
        if (!Take(":"))
            throw new ArithmeticError(_text, "\"?\" without \":\"");
        _skipping += condition != 0 ? 1 : 0;
        long otherwise = Conditional();
        _skipping -= condition != 0 ? 1 : 0;
        return condition != 0 ? then : otherwise;
    }

    private long Binary(int level)
    {
        if (level == Levels.Length)
            return Unary();
        long left = Binary(level + 1);
        while (true)
        {
            string? op = null;
            foreach (string candidate in Levels[level])
            {
                if (Peek(candidate) && !(candidate is "|" or "&" && Peek(candidate + candidate)) && !(candidate is "<" or ">" && (Peek("<<") || Peek(">>"))))
                {
                    op = candidate;
                    break;
                }
            }

            if (op is null)
                return left;
            Take(op);

            // && and || do not evaluate what cannot change their result (1 || 1/0 is 1): it is parsed, not checked.
            bool skip = (op == "||" && left != 0) || (op == "&&" && left == 0);
            _skipping += skip ? 1 : 0;
            long right = Binary(level + 1);
            _skipping -= skip ? 1 : 0;
            left = op switch
            {
                "||" => left != 0 || right != 0 ? 1 : 0,
                "&&" => left != 0 && right != 0 ? 1 : 0,
                "|" => left | right,
                "^" => left ^ right,
                "&" => left & right,
                "==" => left == right ? 1 : 0,
                "!=" => left != right ? 1 : 0,
                "<=" => left <= right ? 1 : 0,
                ">=" => left >= right ? 1 : 0,
                "<" => left < right ? 1 : 0,
                ">" => left > right ? 1 : 0,
                "<<" => left << (int)right,
                ">>" => left >> (int)right,
                "+" => left + right,
                "-" => left - right,
                "*" => left * right,
                _ when right == 0 && _skipping == 0 => throw new ArithmeticError(_text, "division by zero"),
                _ when right == 0 => 0,
                "/" => left / right,
                _ => left % right,
            };
        }
    }

    private long Unary()
    {
        if (Take("!"))
            return Unary() == 0 ? 1 : 0;
        if (Take("~"))
            return ~Unary();
        if (Take("-"))
            return -Unary();
        if (Take("+"))
            return Unary();
        if (Take("("))
        {
            long value = Conditional();
            if (!Take(")"))
                throw new ArithmeticError(_text, "missing )");
            return value;
        }

        return Operand();
    }

    private long Operand()
    {
        SkipBlanks();
        if (_position >= _text.Length)
            throw new ArithmeticError(_text, "an operand is missing at the end");
        char c = _text[_position];
        if (char.IsAsciiDigit(c))
        {
            int start = _position;
            while (_position < _text.Length && char.IsAsciiLetterOrDigit(_text[_position]))
                _position++;
            return Number(_text[start.._position]);
        }

        bool dollar = c == '$';
        if (dollar)
            _position++;
        bool braced = dollar && _position < _text.Length && _text[_position] == '{';
        if (braced)
            _position++;
        int nameStart = _position;
        if (dollar && _position < _text.Length && "?#$!".Contains(_text[_position]))
            _position++;
        else
        {
            while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '_'))
                _position++;
        }

        string name = _text[nameStart.._position];
        if (braced && (_position >= _text.Length || _text[_position++] != '}'))
            throw new ArithmeticError(_text, "missing }");
        if (name.Length == 0)
            throw new ArithmeticError(_text, "unexpected \"" + _text[nameStart..] + "\"");
        string value = (_state.Parameter(name) ?? "").Trim();
        return value.Length == 0 ? 0 : Number(value);
    }

    private long Number(string text)
    {
        int radix = 10;
        int start = 0;
        if (text.Length > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
        {
            radix = 16;
            start = 2;
        }
        else if (text.Length > 1 && text[0] == '0')
        {
            radix = 8;
            start = 1;
        }

        bool negative = radix == 10 && text[0] == '-';
        if (negative || (radix == 10 && text[0] == '+'))
            start = 1;
        long value = 0;
        for (int i = start; i < text.Length; i++)
        {
            int digit = char.IsAsciiDigit(text[i]) ? text[i] - '0' : char.IsAsciiLetter(text[i]) ? char.ToLowerInvariant(text[i]) - 'a' + 10 : 99;
            if (digit >= radix || i == start && text.Length == start)
                throw new ArithmeticError(_text, "\"" + text + "\" is not a number");
            value = unchecked(value * radix + digit);
        }

        if (start == text.Length)
            throw new ArithmeticError(_text, "\"" + text + "\" is not a number");
        return negative ? -value : value;
    }

    private void SkipBlanks()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n')
            _position++;
    }

    private bool Peek(string op)
    {
        SkipBlanks();
        return string.CompareOrdinal(_text, _position, op, 0, op.Length) == 0;
    }

    private bool Take(string op)
    {
        if (!Peek(op))
            return false;
        _position += op.Length;
        return true;
    }
}
