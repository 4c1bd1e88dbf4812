using Minix.Commands.Libc;
using Minix.Posix;
using Minix.Posix.Abi;

namespace Minix.Commands.Shell;

/// <summary>
/// test and [: file tests (-e -f -d -r -w -x -s -L -h -p -c -b), -t FD (a terminal), string tests (-z -n = !=),
/// integer comparisons (-eq -ne -lt -le -gt -ge), file comparisons (-nt -ot: modification times, both files there;
/// -ef: the same file), ! -a -o and parentheses. Status 0 for true, 1 for false, 2 with a message naming the
/// fault for bad input (as dash: "missing ]", "-lt: argument expected", "Illegal number: x"). With at most four
/// arguments POSIX's rules by count decide where they can; else the grammar: or of ands of (negated) primaries.
/// </summary>
public sealed class TestBuiltin
{
    private static readonly HashSet<string> UnaryOperators = ["-e", "-f", "-d", "-r", "-w", "-x", "-s", "-z", "-n", "-L", "-h", "-p", "-c", "-b", "-t"];

    private static readonly HashSet<string> BinaryOperators = ["=", "!=", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot", "-ef"];

    private readonly List<string> _arguments;
    private readonly DescriptorTable _table;
    private int _next;

    private TestBuiltin(List<string> arguments, DescriptorTable table)
    {
        _arguments = arguments;
        _table = table;
    }

    /// <summary>Runs test (or [, which needs a last "]").</summary>
    /// <param name="call">The builtin's call.</param>
    /// <returns>0 true, 1 false, 2 bad input.</returns>
    public static int Run(BuiltinCall call)
    {
        var arguments = new List<string>(call.Operands);
        if (call.Name == "[")
        {
            if (arguments.Count == 0 || arguments[^1] != "]")
                return call.Fail("missing ]", 2);
            arguments.RemoveAt(arguments.Count - 1);
        }

        try
        {
            return new TestBuiltin(arguments, call.Table).Evaluate() ? 0 : 1;
        }
        catch (TestError error)
        {
            return call.Fail(error.Message, 2);
        }
    }

    private bool Evaluate()
    {
        int count = _arguments.Count;
        bool result = count switch
        {
            0 => false,
            1 => _arguments[0].Length > 0,
            2 => TwoArguments(0),
            3 => ThreeArguments(0),
            4 when _arguments[0] == "!" => !ThreeArguments(1),
            4 when _arguments[0] == "(" && _arguments[3] == ")" => TwoArguments(1),
            _ => Grammar(),
        };
        return result;
    }

    private bool TwoArguments(int at)
    {
        _next = at;
        string first = _arguments[at];
        string second = _arguments[at + 1];
        if (first == "!")
            return second.Length == 0;
        if (UnaryOperators.Contains(first))
            return Unary(first, second);
        if (BinaryOperators.Contains(second))
            throw new TestError(second + ": argument expected");
        if (second is "-a" or "-o")
            return Grammar();
        throw new TestError(first + ": unexpected operator");
    }

    private bool ThreeArguments(int at)
    {
        _next = at;
        string middle = _arguments[at + 1];
        if (BinaryOperators.Contains(middle))
            return Binary(_arguments[at], middle, _arguments[at + 2]);
        if (_arguments[at] == "!")
            return !TwoArguments(at + 1);
        if (_arguments[at] == "(" && _arguments[at + 2] == ")")
            return middle.Length > 0;
        return Grammar();
    }

    /// <summary>The general grammar, for five arguments or more (and four that the rules by count do not take).</summary>
    private bool Grammar()
    {
        bool result = Or();
        if (_next < _arguments.Count)
            throw new TestError(_arguments[_next] + ": unexpected operator");
        return result;
    }

    private bool Or()
    {
        bool result = And();
        while (Peek() == "-o")
        {
            _next++;
            result |= And();
        }

        return result;
    }

    private bool And()
    {
        bool result = Not();
        while (Peek() == "-a")
        {
            _next++;
            result &= Not();
        }

        return result;
    }

    private bool Not()
    {
        if (Peek() == "!")
        {
            _next++;
            return !Not();
        }

        return Primary();
    }

    private bool Primary()
    {
        // As dash: an expression missing at the end (test x -a) is false, not an error.
        string? first = Peek();
        if (first is null)
            return false;
        _next++;
        if (first == "(" && _next < _arguments.Count)
        {
            bool inner = Or();
            if (Peek() != ")")
                throw new TestError("closing paren expected");
            _next++;
            return inner;
        }

        if (UnaryOperators.Contains(first) && _next < _arguments.Count)
            return Unary(first, _arguments[_next++]);
        if (Peek() is string op && BinaryOperators.Contains(op))
        {
            _next++;
            string right = Peek() ?? throw new TestError(op + ": argument expected");
            _next++;
            return Binary(first, op, right);
        }

        return first.Length > 0;
    }

    private string? Peek() => _next < _arguments.Count ? _arguments[_next] : null;

    private bool Unary(string op, string operand)
    {
        if (op == "-t")
        {
            // The descriptor as the command sees it, after its redirections.
            long fd = Number(operand);
            return fd >= 0 && fd <= int.MaxValue && Sys.IsTerminal(_table[(int)fd]);
        }

        if (op == "-z")
            return operand.Length == 0;
        if (op == "-n")
            return operand.Length > 0;
        FileStatus status;
        if (op is "-L" or "-h")
            return Sys.LinkStat(operand, out status) >= 0 && (status.Mode & FileModeBits.TypeMask) == FileModeBits.SymbolicLink;
        if (operand.Length == 0 || Sys.Stat(operand, out status) < 0)
            return false;
        int type = status.Mode & FileModeBits.TypeMask;
        return op switch
        {
            "-e" => true,
            "-f" => type == FileModeBits.Regular,
            "-d" => type == FileModeBits.Directory,
            "-p" => type == FileModeBits.Fifo,
            "-c" => type == FileModeBits.CharacterDevice,
            "-b" => type == FileModeBits.BlockDevice,
            "-s" => status.SizeInBytes > 0,
            "-r" => Permitted(status, 4),
            "-w" => Permitted(status, 2),
            _ => Permitted(status, 1),
        };
    }

    /// <summary>Whether the effective user may read (4), write (2) or execute (1) a file: root may do all but execute a file no one may.</summary>
    private static bool Permitted(FileStatus status, int bit)
    {
        int user = Sys.GetEffectiveUserId();
        if (user == 0)
            return bit != 1 || (status.Mode & 0x49) != 0 || (status.Mode & FileModeBits.TypeMask) == FileModeBits.Directory;
        int shift = status.UserId == user ? 6 : 0;
        return ((status.Mode >> shift) & bit) != 0;
    }

    private static bool Binary(string left, string op, string right)
    {
        switch (op)
        {
            case "=": return left == right;
            case "!=": return left != right;
            case "<": return string.CompareOrdinal(left, right) < 0;
            case ">": return string.CompareOrdinal(left, right) > 0;
            case "-nt": return CompareFiles(left, right, out FileStatus one, out FileStatus other) && one.ModifyTime > other.ModifyTime;
            case "-ot": return CompareFiles(left, right, out one, out other) && one.ModifyTime < other.ModifyTime;
            case "-ef": return CompareFiles(left, right, out one, out other) && one.Device == other.Device && one.Inode == other.Inode;
        }

        long a = Number(left);
        long b = Number(right);
        return op switch
        {
            "-eq" => a == b,
            "-ne" => a != b,
            "-lt" => a < b,
            "-le" => a <= b,
            "-gt" => a > b,
            _ => a >= b,
        };
    }

    /// <summary>Whether both files are there (symbolic links followed), with their status.</summary>
    private static bool CompareFiles(string left, string right, out FileStatus a, out FileStatus b)
    {
        return Sys.Stat(left, out a) >= 0 & Sys.Stat(right, out b) >= 0;
    }

    /// <summary>An integer operand: blanks around it allowed, a sign, decimal digits; else "Illegal number".</summary>
    private static long Number(string text)
    {
        int first = 0;
        int end = text.Length;
        while (first < end && text[first] is ' ' or '\t')
            first++;
        while (end > first && text[end - 1] is ' ' or '\t')
            end--;
        string trimmed = text[first..end];
        int digits = trimmed.Length > 0 && (trimmed[0] == '-' || trimmed[0] == '+') ? 1 : 0;
        bool valid = trimmed.Length > digits;
        for (int i = digits; i < trimmed.Length; i++)
            valid &= char.IsAsciiDigit(trimmed[i]);
        if (!valid || !long.TryParse(trimmed, out long value))
            throw new TestError("Illegal number: " + text);
        return value;
    }

    /// <summary>Bad input to test: the message names the argument at fault.</summary>
    private sealed class TestError(string message) : Exception(message);
}
