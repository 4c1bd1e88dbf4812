namespace Minix.Build.Corpus;

/// <summary>Switches, patterns, short circuits and a state machine.</summary>
public static class ControlFlow
{
    public static int DenseSwitch(int n)
    {
        switch (n)
        {
            case 0: return 10;
            case 1: return 11;
            case 2: return 13;
            case 3: return 17;
            case 4: return 19;
            case 5: return 23;
            case 6: return 29;
            case 7: return 31;
            case 8: return 37;
            default: return -1;
        }
    }

    public static int SparseSwitch(int n) => n switch
    {
        -1000 => 1,
        7 => 2,
        100 => 3,
        4096 => 4,
        int.MaxValue => 5,
        int.MinValue => 6,
        _ => 0,
    };

    public static int RelationalPatterns(int n) => n switch
    {
        < 0 => -1,
        0 => 0,
        >= 1 and <= 9 => 1,
        >= 10 and < 100 => 2,
        _ => 3,
    };

    public static int FallThroughGoto(int n)
    {
        int r = 0;
        switch (n & 3)
        {
            case 0:
                r += 1;
                goto case 1;
            case 1:
                r += 10;
                goto case 2;
            case 2:
                r += 100;
                break;
            default:
                r = -1;
                break;
        }

        return r;
    }

    public static bool ShortCircuit(int a, int b) => a != 0 && b / a > 2 || b == 7;

    public static int Ternaries(int a, int b) => a > b ? a - b : a < b ? b - a : 0;

    public static int NestedConditions(int a, int b, int c)
    {
        if (a > 0)
        {
            if (b > 0)
                return c > 0 ? 1 : 2;
            return c > 0 ? 3 : 4;
        }

        return b > 0 ? (c > 0 ? 5 : 6) : (c > 0 ? 7 : 8);
    }

    public static int TryFinally(int n)
    {
        int r = 0;
        try
        {
            r = n * 2;
            if (n > 10)
                return r;
        }
        finally
        {
            r += 1;
        }

        return r;
    }

    public static int UsingStatement(int n)
    {
        var log = new Log();
        using (var scope = new Scope(log, n))
            log.Value += 5;
        return log.Value;
    }

    public static int Lexer(int seed)
    {
        // A small state machine: counts identifiers, numbers and operators in a generated expression.
        System.Span<char> text = stackalloc char[48];
        uint x = (uint)seed | 1;
        for (int i = 0; i < text.Length; i++)
        {
            x = x * 1664525 + 1013904223;
            int k = (int)(x >> 28);
            text[i] = k < 5 ? (char)('a' + k) : k < 10 ? (char)('0' + k - 5) : k < 13 ? ' ' : (char)("+-*"[k - 13]);
        }

        int state = 0, identifiers = 0, numbers = 0, operators = 0;
        foreach (char c in text)
        {
            bool letter = c >= 'a' && c <= 'z', digit = c >= '0' && c <= '9';
            switch (state)
            {
                case 0:
                    if (letter)
                    {
                        state = 1;
                        identifiers++;
                    }
                    else if (digit)
                    {
                        state = 2;
                        numbers++;
                    }
                    else if (c != ' ')
                    {
                        operators++;
                    }

                    break;
                case 1:
                    if (!letter && !digit)
                    {
                        state = 0;
                        if (c != ' ')
                            operators++;
                    }

                    break;
                case 2:
                    if (letter)
                    {
                        state = 1;
                        identifiers++;
                    }
                    else if (!digit)
                    {
                        state = 0;
                        if (c != ' ')
                            operators++;
                    }

                    break;
            }
        }

        return identifiers * 10000 + numbers * 100 + operators;
    }

    public static int EnumSwitch(int n) => (Color)(n & 3) switch
    {
        Color.Red => 1,
        Color.Green => 2,
        Color.Blue => 3,
        _ => 0,
    };

    public static int LabeledBreak(int n)
    {
        int found = -1;
        for (int i = 0; i < 16; i++)
        {
            for (int j = 0; j < 16; j++)
            {
                if (i * j == (n & 255))
                {
                    found = i * 100 + j;
                    goto done;
                }
            }
        }

    done:
        return found;
    }

    private sealed class Log
    {
        public int Value;
    }

    private readonly struct Scope : System.IDisposable
    {
        private readonly Log _log;

        public Scope(Log log, int n)
        {
            _log = log;
            _log.Value = n;
        }

        public void Dispose() => _log.Value *= 3;
    }
}

/// <summary>Three colours.</summary>
public enum Color
{
    None,
    Red,
    Green,
    Blue,
}
