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
/// &gt;&gt;, comparisons, == !=, &amp; ^ |, &amp;&amp; ||, ?:, and the assignments = += -= *= /= %= &lt;&lt;= &gt;&gt;=
/// &amp;= ^= |= to a variable's name, lowest and from the right); a name is the variable's value (unset or empty: 0;
/// otherwise it must be a number). $NAME, $(...) and inner $((...)) were expanded as text before. Numbers are decimal, 0x hexadecimal or 0 octal. As in dash there is no ++ or --: ++x is +(+x).
/// </summary>
public sealed class Arithmetic
{
    /// <summary>The assignment operators, each before any that is its tail.</summary>
    private static readonly string[] AssignmentOperators = ["<<=", ">>=", "+=", "-=", "*=", "/=", "%=", "&=", "^=", "|=", "="];

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
        long value = arithmetic.Assignment();
        arithmetic.SkipBlanks();
        if (arithmetic._position < expression.Length)
        {
            string rest = expression[arithmetic._position..];
            if (arithmetic.AssignmentOperator() is string op)
                throw new ArithmeticError(expression, "\"" + op + "\" assigns only to a variable's name (at \"" + rest + "\")");
            throw new ArithmeticError(expression, "unexpected \"" + rest + "\"");
        }

        return value;
    }

    /// <summary>NAME op expression (op = or one of += -= ...): the value assigned, which is the result; else a conditional.</summary>
    private long Assignment()
    {
        SkipBlanks();
        int start = _position;
        if (_position < _text.Length && (char.IsAsciiLetter(_text[_position]) || _text[_position] == '_'))
        {
            while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '_'))
                _position++;
            string name = _text[start.._position];
            string? op = AssignmentOperator();
            if (op is not null)
            {
                _position += op.Length;
                long right = Assignment();
                long value = op == "=" ? right : Apply(op[..^1], VariableValue(name), right);
                if (_skipping == 0)
                    _state.Variables.Set(name, value.ToString());
                return value;
            }
        }

        _position = start;
        return Conditional();
    }

    /// <summary>The assignment operator at the position (not taken), or null; == is a comparison, not one.</summary>
    private string? AssignmentOperator()
    {
        foreach (string op in AssignmentOperators)
        {
            if (Peek(op))
                return op == "=" && Peek("==") ? null : op;
        }

        return null;
    }

    private long Conditional()
    {
        long condition = Binary(0);
        if (!Take("?"))
            return condition;
        _skipping += condition == 0 ? 1 : 0;
        long then = Assignment();
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
            // (x)+=1 is no sum: the assignment is left for Evaluate to name.
            if (AssignmentOperator() is not null)
                return left;
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
            left = Apply(op, left, right);
        }
    }

    /// <summary>left op right, for a binary operator (a division by zero is an error unless it is not evaluated).</summary>
    private long Apply(string op, long left, long right) =>
        op switch
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
            long value = Assignment();
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

        // $NAME and the like were expanded as text before (see Expansion); only a name is left to read here.
        int nameStart = _position;
        if (char.IsAsciiLetter(c) || c == '_')
        {
            while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '_'))
                _position++;
        }

        string name = _text[nameStart.._position];
        if (name.Length == 0)
            throw new ArithmeticError(_text, "unexpected \"" + _text[nameStart..] + "\"");
        return VariableValue(name);
    }

    /// <summary>The number parameter <paramref name="name"/> holds (unset or empty: 0).</summary>
    private long VariableValue(string name)
    {
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
