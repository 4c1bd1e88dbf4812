using Minix.Commands.Libc;
using Minix.Posix;

namespace Minix.Commands.Shell;

/// <summary>
/// The commands the shell runs itself, because they change the shell (cd, exit, exec, export, unset, set, shift, .)
/// or ask about it (pwd, jobs, wait), plus :, true, false, echo, test and [. Each writes to the descriptors its command was given.
/// </summary>
public sealed class Builtins
{
    private static readonly HashSet<string> Names = [":", ".", "alias", "break", "cd", "command", "continue", "echo", "eval", "exec", "exit", "export", "false", "getopts", "hash", "jobs", "local", "printf", "pwd", "read", "readonly", "return", "set", "shift", "test", "[", "times", "trap", "true", "type", "umask", "unalias", "unset", "wait"];

    /// <summary>POSIX's special builtins: an error in one ends a shell that is not interactive.</summary>
    private static readonly HashSet<string> Special = [":", ".", "break", "continue", "eval", "exec", "exit", "export", "local", "readonly", "return", "set", "shift", "times", "trap", "unset"];

    private readonly Interpreter _shell;

    /// <summary>The builtins of <paramref name="shell"/>.</summary>
    /// <param name="shell">The shell they act on.</param>
    public Builtins(Interpreter shell) => _shell = shell;

    private ShellState State => _shell.State;

    /// <summary>Whether <paramref name="name"/> is a builtin.</summary>
    /// <param name="name">The command's name.</param>
    /// <returns>True for a builtin.</returns>
    public static bool Is(string name) => Names.Contains(name);

    /// <summary>Runs builtin <c>arguments[0]</c>.</summary>
    /// <param name="arguments">The builtin's name and its arguments.</param>
    /// <param name="table">Its descriptors.</param>
    /// <returns>Its status.</returns>
    public int Run(List<string> arguments, DescriptorTable table)
    {
        var call = new BuiltinCall(State, arguments, table);
        int status = arguments[0] switch
        {
            ":" or "true" => 0,
            "echo" => call.Print(EchoText.Of(call.Operands)),
            "false" => 1,
            "." => Source(call),
            "break" => LeaveLoops(call, breaking: true),
            "continue" => LeaveLoops(call, breaking: false),
            "read" => ReadLine.Run(call, State),
            "cd" => WorkingDirectory.ChangeDirectory(call, State),
            "exec" => _shell.ExecBuiltin(call),
            "exit" => Exit(call),
            "return" => Return(call),
            "export" => Export(call),
            "readonly" => ReadOnly(call),
            "eval" => _shell.EvalBuiltin(call),
            "command" => CommandLookup.Command(call, State),
            "type" => CommandLookup.Type(call, State),
            "local" => Local(call),
            "getopts" => Getopts.Run(call, State),
            "hash" => State.Hash.Run(call, State.Functions),
            "umask" => Umask.Run(call),
            "times" => TimesBuiltin.Run(call),
            "alias" => State.Aliases.Alias(call),
            "unalias" => State.Aliases.Unalias(call),
            "jobs" => call.Print(_shell.Jobs.Listing(onlyFinished: false)),
            "printf" => PrintfBuiltin.Run(call),
            "pwd" => WorkingDirectory.Print(call, State),
            "set" => Set(call),
            "shift" => Shift(call),
            "unset" => Unset(call),
            "test" or "[" => TestBuiltin.Run(call),
            "trap" => _shell.Traps.Run(call),
            _ => Wait(call),
        };
        if (call.Failed && Special.Contains(call.Name) && !State.Interactive)
            _shell.RequestExit(status);
        return status;
    }

    /// <summary>Whether an error in builtin <paramref name="name"/> (its redirections' too) ends a shell that is not interactive.</summary>
    /// <param name="name">The builtin.</param>
    /// <returns>True for a special builtin.</returns>
    public static bool IsSpecial(string name) => Special.Contains(name);

    /// <summary>break n and continue n: the innermost n loops (at most as many as there are) are left, or go on with their next round.</summary>
    private int LeaveLoops(BuiltinCall call, bool breaking)
    {
        int levels = 1;
        if (call.Operands.Count > 0 && (!call.Number(call.Operands[0], out levels) || levels == 0))
            return levels == 0 ? call.Fail("Illegal number: " + call.Operands[0], 2) : 2;
        levels = Math.Min(levels, _shell.LoopDepth);
        if (breaking)
            _shell.PendingBreaks = levels;
        else
            _shell.PendingContinues = levels;
        return 0;
    }

    private int Exit(BuiltinCall call)
    {
        int status = State.LastStatus;
        if (call.Operands.Count > 0 && !call.Number(call.Operands[0], out status))
        {
            _shell.RequestExit(2);
            return 2;
        }

        _shell.RequestExit(status & 0xFF);
        return status & 0xFF;
    }

    /// <summary>return [n]: ends the function (or . script) running with status n (default: $?); outside both, as exit.</summary>
    private int Return(BuiltinCall call)
    {
        int status = State.LastStatus;
        if (call.Operands.Count > 0 && !call.Number(call.Operands[0], out status))
            return 2;
        status &= 0xFF;
        if (_shell.FunctionDepth == 0 && _shell.SourceDepth == 0)
        {
            _shell.RequestExit(status);
            return status;
        }

        State.LastStatus = status;
        _shell.PendingReturn = true;
        return status;
    }

    private int Export(BuiltinCall call)
    {
        if (call.Operands.Count == 0 || (call.Operands.Count == 1 && call.Operands[0] == "-p"))
            return call.Print(State.Variables.Listing(exportedOnly: true));
        int status = 0;
        foreach (string operand in call.Operands)
        {
            if (ReadAssignment(call, operand, out string name, out string? value, ref status))
                State.Variables.Export(name, value);
        }

        return status;
    }

    /// <summary>readonly NAME[=value]...: each set (if a value is given) and made read-only; alone or with -p, they are listed.</summary>
    private int ReadOnly(BuiltinCall call)
    {
        if (call.Operands.Count == 0 || (call.Operands.Count == 1 && call.Operands[0] == "-p"))
            return call.Print(State.Variables.ReadOnlyListing());
        int status = 0;
        foreach (string operand in call.Operands)
        {
            if (ReadAssignment(call, operand, out string name, out string? value, ref status))
                State.Variables.MakeReadOnly(name, value);
        }

        return status;
    }

    /// <summary>An operand of export or local: NAME or NAME=value. A bad name is reported (status 2) and gives false.</summary>
    private static bool ReadAssignment(BuiltinCall call, string operand, out string name, out string? value, ref int status)
    {
        int equals = operand.IndexOf('=');
        name = equals < 0 ? operand : operand[..equals];
        value = equals < 0 ? null : operand[(equals + 1)..];
        if (Lexer.IsName(name))
            return true;
        status = call.Fail(operand + ": bad variable name", 2);
        return false;
    }

    /// <summary>local NAME[=value]...: each keeps its value (or takes the one given) until the function returns.</summary>
    private int Local(BuiltinCall call)
    {
        if (_shell.FunctionDepth == 0)
            return call.Fail("not in a function", 2);
        int status = 0;
        foreach (string operand in call.Operands)
        {
            if (!ReadAssignment(call, operand, out string name, out string? value, ref status))
                continue;
            _shell.MakeLocal(name);
            if (value is not null)
                State.Variables.Set(name, value);
        }

        return status;
    }

    private int Unset(BuiltinCall call)
    {
        int status = 0;
        bool functions = false;
        foreach (string name in call.Operands)
        {
            if (name is "-v" or "-f")
            {
                functions = name == "-f";
                continue;
            }

            if (!Lexer.IsName(name))
                status = call.Fail(name + ": bad variable name", 2);
            else if (functions)
                State.Functions.Remove(name);
            else
                State.Variables.Unset(name);
        }

        return status;
    }

    private int Set(BuiltinCall call)
    {
        if (call.Operands.Count == 0)
            return call.Print(State.Variables.Listing(exportedOnly: false));
        int i = 0;
        for (; i < call.Operands.Count; i++)
        {
            string option = call.Operands[i];
            if (option == "--")
            {
                i++;
                break;
            }

            if (option.Length < 2 || (option[0] != '-' && option[0] != '+'))
                break;
            bool on = option[0] == '-';
            foreach (char named in option[1..])
            {
                // -o or +o last: the options listed.
                if (named == 'o' && i + 1 == call.Operands.Count)
                {
                    if (call.Print(OptionListing.Of(State, asCommands: !on)) != 0)
                        return 1;
                    continue;
                }

                // -o NAME and +o NAME: an option by its long name.
                char flag = named != 'o' ? named : i + 1 < call.Operands.Count ? OptionLetter(call.Operands[++i]) : '?';

                // An option of dash's this shell lacks is off: set +o NAME, as set +o lists it, leaves it so.
                if (flag == '?' && named == 'o' && !on && OptionListing.Has(call.Operands[i]))
                    continue;
                if (flag == '?')
                    return call.Fail("Illegal option " + (named == 'o' ? "-o " + call.Operands[i] : option), 2);
                if (flag == 'e')
                    State.ErrExit = on;
                else if (flag == 'x')
                    State.Trace = on;
                else if (flag == 'u')
                    State.NoUnset = on;
                else if (flag == 'f')
                    State.NoGlob = on;
                else
                    return call.Fail(option[0] + flag.ToString() + ": unknown option (set knows -e, -f, -u and -x)", 2);
            }

            if (i == call.Operands.Count - 1)
                return 0;
        }

        State.Positional = call.Operands.GetRange(i, call.Operands.Count - i).ToArray();
        State.Getopts = GetoptsPosition.Start(State.Variables.OptindChanges); // new parameters: getopts starts over, as in dash
        return 0;
    }

    /// <summary>The letter of set -o NAME's option (errexit e, noglob f, nounset u, xtrace x), or '?'.</summary>
    private static char OptionLetter(string name) => name switch
    {
        "errexit" => 'e',
        "noglob" => 'f',
        "nounset" => 'u',
        "xtrace" => 'x',
        _ => '?',
    };

    private int Shift(BuiltinCall call)
    {
        int count = 1;
        if (call.Operands.Count > 0 && !call.Number(call.Operands[0], out count))
            return 2;
        if (count > State.Positional.Length)
            return call.Fail("can't shift that many", 2);
        State.Positional = State.Positional[count..];
        State.Getopts = GetoptsPosition.Start(State.Variables.OptindChanges);
        return 0;
    }

    private int Source(BuiltinCall call)
    {
        if (call.Operands.Count == 0)
            return call.Fail("a file name is needed", 2);
        string? path = ProgramSearch.Find(call.Operands[0], call.Operands[0].Contains('/') ? null : State.Variables.Get("PATH"));
        path ??= call.Operands[0];
        long fd = Sys.Open(path, Minix.Posix.Abi.OpenFlags.ReadOnly | Minix.Posix.Abi.OpenFlags.CloseOnExec);
        if (fd < 0)
            return call.Fail("can't open " + call.Operands[0] + ": " + ErrorText.Of(fd), 2);
        var input = new InputReader((int)fd);
        _shell.SourceDepth++;
        int status = _shell.RunInput(input, prompt: false);
        _shell.SourceDepth--;
        _shell.PendingReturn = false;
        Sys.Close((int)fd);
        return status;
    }

    private int Wait(BuiltinCall call)
    {
        if (call.Operands.Count == 0)
        {
            _shell.Jobs.WaitForAll();
            return 0;
        }

        int status = 0;
        foreach (string operand in call.Operands)
        {
            Job? job = _shell.Jobs.Find(operand);
            if (job is not null)
            {
                status = _shell.Jobs.WaitFor(job);
                continue;
            }

            if (operand.StartsWith('%') || !int.TryParse(operand, out int pid))
                return call.Fail("no such job: " + operand, 127);

            // A pid the shell does not know: a child it reaped already, or none of its own.
            status = 127;
        }

        return status;
    }
}

/// <summary>One builtin's run: its arguments, its descriptors, and how it prints and fails.</summary>
public sealed class BuiltinCall
{
    private readonly ShellState _state;

    /// <summary>A call of <c>arguments[0]</c>.</summary>
    /// <param name="state">The shell's state (for its name in messages).</param>
    /// <param name="arguments">Name and arguments.</param>
    /// <param name="table">The descriptors.</param>
    public BuiltinCall(ShellState state, List<string> arguments, DescriptorTable table)
    {
        _state = state;
        Name = arguments[0];
        Operands = arguments.GetRange(1, arguments.Count - 1);
        Table = table;
    }

    /// <summary>The builtin's name.</summary>
    public string Name { get; }

    /// <summary>The arguments after the name.</summary>
    public List<string> Operands { get; }

    /// <summary>The descriptors it was given.</summary>
    public DescriptorTable Table { get; }

    /// <summary>It has reported an error.</summary>
    public bool Failed { get; private set; }

    /// <summary>Writes <paramref name="text"/> to the builtin's standard output.</summary>
    /// <param name="text">The text.</param>
    /// <returns>0, or 1 when it could not be written.</returns>
    public int Print(string text) => Print(Utf8Text.Encode(text));

    /// <summary>Writes <paramref name="bytes"/> to the builtin's standard output.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>0, or 1 when they could not be written.</returns>
    public int Print(byte[] bytes)
    {
        if (bytes.Length == 0)
            return 0;
        long result = Sys.WriteAll(Table[Sys.StandardOutput], bytes);
        return result < 0 ? Fail("write error: " + ErrorText.Of(result), 1) : 0;
    }

    /// <summary>Writes "sh: name: message" to the builtin's standard error; a special builtin's failure ends a script.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="status">The status to return.</param>
    /// <returns><paramref name="status"/>.</returns>
    public int Fail(string message, int status)
    {
        Failed = true;
        return Report(message, status);
    }

    /// <summary>Writes "sh: name: message" to the builtin's standard error, for a fault that ends nothing (as dash's "bad trap").</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="status">The status to return.</param>
    /// <returns><paramref name="status"/>.</returns>
    public int Report(string message, int status)
    {
        if (Table[Sys.StandardError] >= 0)
            _state.Error(Name + ": " + message, Table[Sys.StandardError]);
        return status;
    }

    /// <summary>
    /// Reads the option words before the operands as dash's builtins do: a word of two characters or more that starts
    /// with '-' holds options ("--" ends them and is dropped); a letter not in <paramref name="letters"/> is "Illegal
    /// option -x".
    /// </summary>
    /// <param name="letters">The option letters the builtin takes.</param>
    /// <param name="given">The letters given, in order.</param>
    /// <returns>The index of the first operand, or -1 after reporting a letter it does not take.</returns>
    public int Options(string letters, out string given)
    {
        var seen = new System.Text.StringBuilder();
        given = "";
        int i = 0;
        for (; i < Operands.Count && Operands[i].Length > 1 && Operands[i][0] == '-'; i++)
        {
            if (Operands[i] == "--")
            {
                i++;
                break;
            }

            foreach (char letter in Operands[i].AsSpan(1))
            {
                if (!letters.Contains(letter))
                {
                    Fail("Illegal option -" + letter, 2);
                    return -1;
                }

                seen.Append(letter);
            }
        }

        given = seen.ToString();
        return i;
    }

    /// <summary>Reads a non-negative decimal operand, or reports "Illegal number".</summary>
    /// <param name="text">The operand.</param>
    /// <param name="value">Its value.</param>
    /// <returns>True if it is a number.</returns>
    public bool Number(string text, out int value)
    {
        if (int.TryParse(text, out value) && value >= 0 && text.Length > 0 && char.IsAsciiDigit(text[0]))
            return true;
        Fail("Illegal number: " + text, 2);
        return false;
    }
}
