namespace Minix.Commands.Libc;

/// <summary>Which rules a mode's text follows: they differ in a few corners.</summary>
public enum ModeSyntax
{
    /// <summary>
    /// chmod's and mkdir -m's (GNU coreutils): after an operator either letters from <c>rwxXst</c> or one of
    /// <c>u g o</c> alone, or octal digits when no class is named; an octal number by itself; the copies and X read
    /// the mode as the clauses before have left it.
    /// </summary>
    Coreutils,

    /// <summary>
    /// The shell's umask (dash, through BSD's setmode): letters from <c>rwxXsugo</c> mixed freely, no t, no octal
    /// after an operator, an empty mode or a trailing comma allowed; the copies and X read the mode from before the
    /// whole change.
    /// </summary>
    Dash,
}

/// <summary>
/// A file mode as text, symbolic (<c>u=rwx,g-w</c>, <c>+x</c>) or octal (<c>755</c>), read once and applied to
/// any mode: what chmod, mkdir -m and the shell's umask are given. A clause that names no class (u g o a) changes
/// only the bits the umask leaves, as POSIX says.
/// </summary>
public sealed class ModeChange
{
    private const int SetUser = 0x800, SetGroup = 0x400, Sticky = 0x200, AllBits = 0xFFF;
    private const int Read = 0x124, Write = 0x92, Execute = 0x49;

    /// <summary>One clause's operator with its permissions.</summary>
    private readonly struct Clause(int who, char op, int value, bool executeIfAny, int copyClasses, int mentioned)
    {
        /// <summary>The bits of the classes named (0 when none was: then the umask decides).</summary>
        public readonly int Who = who;

        /// <summary>'+', '-' or '='.</summary>
        public readonly char Op = op;

        /// <summary>The bits of r, w, x, s and t for every class (narrowed to <see cref="Who"/> when applied).</summary>
        public readonly int Value = value;

        /// <summary>X: execute, when the file is a directory or some class may already execute it.</summary>
        public readonly bool ExecuteIfAny = executeIfAny;

        /// <summary>u g o after the operator: one bit each (4, 2, 1) for the classes whose permissions are copied.</summary>
        public readonly int CopyClasses = copyClasses;

        /// <summary>
        /// The bits the text names: the classes' bits it gives, or for an octal number all of them but the set-id bits,
        /// which only a number that has them or has five digits names (so 755 keeps a directory's set-group-id bit).
        /// </summary>
        public readonly int Mentioned = mentioned;
    }

    private readonly List<Clause> _clauses;
    private readonly ModeSyntax _syntax;

    private ModeChange(List<Clause> clauses, ModeSyntax syntax)
    {
        _clauses = clauses;
        _syntax = syntax;
    }

    /// <summary>Reads a mode.</summary>
    /// <param name="text">The mode, as given.</param>
    /// <param name="syntax">Whose rules.</param>
    /// <returns>The change, or null when the text is not a mode.</returns>
    public static ModeChange? Parse(string text, ModeSyntax syntax)
    {
        var clauses = new List<Clause>();
        if (syntax == ModeSyntax.Coreutils && text.Length > 0 && IsOctal(text))
        {
            int? octal = Octal(text);
            return octal is int number ? new ModeChange([new Clause(AllBits, '=', number, false, 0, OctalMentioned(text, number))], syntax) : null;
        }

        if (syntax == ModeSyntax.Coreutils && text.Length == 0)
            return null;
        int at = 0;
        while (at < text.Length)
        {
            int who = 0;
            for (; at < text.Length && "ugoa".Contains(text[at]); at++)
                who |= text[at] switch { 'u' => SetUser | 0x1C0, 'g' => SetGroup | 0x38, 'o' => Sticky | 0x7, _ => AllBits };
            if (at == text.Length || !"+-=".Contains(text[at]))
                return null;
            while (at < text.Length && "+-=".Contains(text[at]))
            {
                char op = text[at++];
                if (!ReadPermissions(text, ref at, syntax, who, op, clauses))
                    return null;
            }

            if (at == text.Length)
                break;
            if (text[at] != ',' || (syntax == ModeSyntax.Coreutils && at == text.Length - 1))
                return null;
            at++;
        }

        return new ModeChange(clauses, syntax);
    }

    /// <summary>The permissions after one operator, added to <paramref name="clauses"/>; false if they are not well formed.</summary>
    private static bool ReadPermissions(string text, ref int at, ModeSyntax syntax, int who, char op, List<Clause> clauses)
    {
        if (syntax == ModeSyntax.Coreutils && at < text.Length && IsOctalDigit(text[at]))
        {
            int start = at;
            while (at < text.Length && IsOctalDigit(text[at]))
                at++;
            int? octal = who == 0 ? Octal(text[start..at]) : null;
            if (octal is null)
                return false;
            clauses.Add(new Clause(AllBits, op, octal.Value, false, 0, OctalMentioned(text[start..at], octal.Value)));
            return true;
        }

        string letters = syntax == ModeSyntax.Coreutils ? "rwxXst" : "rwxXsugo";
        int value = 0, copies = 0;
        bool executeIfAny = false;
        if (syntax == ModeSyntax.Coreutils && at < text.Length && "ugo".Contains(text[at]))
        {
            copies = Class(text[at++]);
        }
        else
        {
            for (; at < text.Length && letters.Contains(text[at]); at++)
            {
                switch (text[at])
                {
                    case 'r': value |= Read; break;
                    case 'w': value |= Write; break;
                    case 'x': value |= Execute; break;
                    case 'X': executeIfAny = true; break;
                    case 's': value |= SetUser | SetGroup; break;
                    case 't': value |= Sticky; break;
                    default: copies |= Class(text[at]); break;
                }
            }
        }

        clauses.Add(new Clause(who, op, value, executeIfAny, copies, who != 0 ? who & value : value));
        return true;
    }

    /// <summary>Applies the change to <paramref name="mode"/>.</summary>
    /// <param name="mode">The mode before (permission, set-id and sticky bits).</param>
    /// <param name="directory">Whether the file is a directory: X then gives execute, and set-id bits not named stay.</param>
    /// <param name="umask">The bits a clause naming no class leaves alone.</param>
    /// <param name="changed">The bits the change set or cleared (what a later chmod must make true).</param>
    /// <returns>The mode after.</returns>
    public int Apply(int mode, bool directory, int umask, out int changed)
    {
        int before = mode & AllBits;
        int current = before;
        changed = 0;
        foreach (Clause clause in _clauses)
        {
            int source = _syntax == ModeSyntax.Dash ? before : current;
            int value = clause.Value;
            if (clause.ExecuteIfAny && ((source & Execute) != 0 || directory))
                value |= Execute;
            for (int shift = 0; shift < 3; shift++)
            {
                if ((clause.CopyClasses & (1 << shift)) != 0)
                    value |= ((source >> (shift * 3)) & 7) * 0x49;
            }

            // set-id bits of a directory are inherited by what is made in it: a change keeps them unless it names them
            int omitted = (directory && _syntax == ModeSyntax.Coreutils ? SetUser | SetGroup : 0) & ~clause.Mentioned;
            value &= (clause.Who != 0 ? clause.Who : ~umask) & ~omitted & AllBits;
            switch (clause.Op)
            {
                case '=':
                    int kept = (clause.Who != 0 ? ~clause.Who : 0) | omitted;
                    changed |= AllBits & ~kept;
                    current = (current & kept) | value;
                    break;
                case '+':
                    changed |= value;
                    current |= value;
                    break;
                default:
                    changed |= value;
                    current &= ~value;
                    break;
            }
        }

        return current & AllBits;
    }

    /// <summary>Applies the change with no umask and no directory rules (the shell's umask works on permissions alone).</summary>
    /// <param name="mode">The mode before.</param>
    /// <returns>The mode after.</returns>
    public int Apply(int mode) => Apply(mode, directory: false, umask: 0, out _);

    private static int OctalMentioned(string digits, int value) => digits.Length < 5 ? (value & (SetUser | SetGroup)) | Sticky | 0x1FF : AllBits;

    private static int Class(char letter) => letter switch { 'u' => 4, 'g' => 2, _ => 1 };

    private static bool IsOctalDigit(char c) => c is >= '0' and <= '7';

    private static bool IsOctal(string text)
    {
        foreach (char c in text)
        {
            if (!IsOctalDigit(c))
                return false;
        }

        return true;
    }

    /// <summary>An octal number of at most 07777, or null.</summary>
    private static int? Octal(string digits)
    {
        int value = 0;
        foreach (char c in digits)
        {
            value = value * 8 + (c - '0');
            if (value > AllBits)
                return null;
        }

        return value;
    }
}
