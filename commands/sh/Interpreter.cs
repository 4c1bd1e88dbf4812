using System.Text;
using Minix.Commands.Libc;
using Minix.Posix;

namespace Minix.Commands.Shell;

/// <summary>
/// Reads commands and runs them: input is parsed a complete command at a time (lines are added while a quote or an
/// operator is left open), so a script runs up to its first syntax error, and an interactive shell reports the error
/// and goes on. ; runs in order, &amp;&amp; and || by the status so far, &amp; in the background as a job.
/// </summary>
public sealed class Interpreter
{
    private readonly PipelineRunner _pipelines;
    private int? _exitStatus;

    /// <summary>A shell with <paramref name="state"/>.</summary>
    /// <param name="state">Its variables and parameters.</param>
    public Interpreter(ShellState state)
    {
        State = state;
        Builtins = new Builtins(this);
        Traps = new Traps(state);
        _pipelines = new PipelineRunner(this);
    }

    /// <summary>The shell's variables and parameters.</summary>
    public ShellState State { get; }

    /// <summary>The background jobs.</summary>
    public Jobs Jobs { get; } = new();

    /// <summary>The builtins.</summary>
    public Builtins Builtins { get; }

    /// <summary>The traps set.</summary>
    public Traps Traps { get; }

    /// <summary>A trap's action is running (a signal caught meanwhile waits for it to end).</summary>
    private bool _inTrap;

    /// <summary>exit has run (or a fault ends a non-interactive shell): no more commands.</summary>
    public bool ExitRequested => _exitStatus is not null;

    /// <summary>The status the shell ends with.</summary>
    public int ExitStatus => _exitStatus ?? State.LastStatus;

    /// <summary>Ends the shell after the current command, with <paramref name="status"/>.</summary>
    /// <param name="status">The exit status.</param>
    public void RequestExit(int status) => _exitStatus = status;

    /// <summary>Reads and runs commands from <paramref name="input"/> until it ends or exit runs.</summary>
    /// <param name="input">The commands.</param>
    /// <param name="prompt">Write PS1 before each command and PS2 before each continuation line (to the standard error).</param>
    /// <returns>The status of the last command.</returns>
    public int RunInput(InputReader input, bool prompt)
    {
        var pending = new StringBuilder();
        int line = 1;
        int firstLine = 1;
        IncompleteInput? open = null;
        while (!ExitRequested && !PendingReturn)
        {
            if (prompt)
            {
                if (pending.Length == 0)
                    WriteError(Jobs.Listing(onlyFinished: true));
                WriteError(pending.Length == 0 ? State.Variables.Get("PS1") ?? "$ " : State.Variables.Get("PS2") ?? "> ");
            }

            string? text = input.ReadLine();
            if (text is null)
            {
                if (open is { Continuation: true })
                    RunText(pending.ToString()[..^2], firstLine);
                else if (open is { HereDocument: true })
                {
                    // dash takes the rest of the input as the body; we do the same, and say so.
                    State.Error("warning on line " + open.Line + ": " + open.Message + " (it ends at the end of the input)");
                    RunText(pending.ToString(), firstLine);
                }
                else if (open is not null)
                    SyntaxFailure(open, "at the end of the input");
                if (input.Error < 0)
                    State.Error("cannot read commands: " + ErrorText.Of(input.Error));
                break;
            }

            if (pending.Length == 0)
                firstLine = line;
            pending.Append(text);
            line++;
            CommandList list;
            try
            {
                list = Parser.Parse(pending.ToString(), firstLine, aliases: State.Aliases);
                open = null;
            }
            catch (IncompleteInput incomplete)
            {
                open = incomplete;
                continue;
            }
            catch (SyntaxError error)
            {
                pending.Clear();
                SyntaxFailure(error, "");
                continue;
            }

            pending.Clear();
            Run(list);
        }

        return State.LastStatus;
    }

    /// <summary>Parses and runs complete <paramref name="text"/>.</summary>
    private void RunText(string text, int firstLine)
    {
        try
        {
            Run(Parser.Parse(text, firstLine, endOfInput: true, State.Aliases));
        }
        catch (SyntaxError error)
        {
            SyntaxFailure(error, "at the end of the input");
        }
    }

    /// <summary>
    /// eval ARG...: the arguments, joined by spaces, are read and run as commands in this shell; the status is the last
    /// one's (0 when there is none). A syntax error in them is eval's (status 2; a shell that is not interactive ends).
    /// </summary>
    /// <param name="call">The builtin's call.</param>
    /// <returns>The status.</returns>
    public int EvalBuiltin(BuiltinCall call)
    {
        string text = string.Join(' ', call.Operands);
        CommandList list;
        try
        {
            list = Parser.Parse(text, 1, endOfInput: true, State.Aliases);
        }
        catch (SyntaxError error)
        {
            return call.Fail("syntax error: " + error.Message, 2);
        }

        if (list.Items.Count == 0)
            return 0;
        using (SavedDescriptors.Apply(call.Table))
            Run(list);
        return State.LastStatus;
    }

    /// <summary>Reports a syntax error; status 2, and a shell that is not interactive ends.</summary>
    private void SyntaxFailure(SyntaxError error, string where)
    {
        State.Error("syntax error on line " + error.Line + (where.Length > 0 ? " " + where : "") + ": " + error.Message);
        State.LastStatus = 2;
        if (!State.Interactive)
            RequestExit(2);
    }

    /// <summary>Loops that break or continue will leave: set by break n and continue n, counted down by each loop left.</summary>
    public int PendingBreaks { get; set; }

    /// <summary>continue n: the loop n levels out goes on with its next round.</summary>
    public int PendingContinues { get; set; }

    /// <summary>How many loops enclose the command running now (break and continue outside a loop do nothing).</summary>
    public int LoopDepth { get; private set; }

    private bool Interrupted => ExitRequested || PendingBreaks > 0 || PendingContinues > 0 || PendingReturn;

    /// <summary>Runs an if, a loop, a for or a { } group in this shell.</summary>
    /// <param name="command">The compound command.</param>
    /// <returns>Its status.</returns>
    public int RunCompound(PipelineStage command)
    {
        switch (command)
        {
            case IfCommand conditional:
                foreach (var (condition, body) in conditional.Branches)
                {
                    if (RunCondition(condition) == 0 && !Interrupted)
                        return RunBody(body);
                    if (Interrupted)
                        return State.LastStatus;
                }

                return conditional.Else is null ? 0 : RunBody(conditional.Else);
            case LoopCommand loop:
                return RunLoop(() => RunCondition(loop.Condition) == 0 != loop.Until, loop.Body);
            case ForCommand each:
                List<string> values = each.Words is null ? new List<string>(State.Positional) : new Expansion(State).Fields(each.Words);
                int next = 0;
                return RunLoop(
                    () =>
                    {
                        if (next >= values.Count)
                            return false;
                        State.Variables.Set(each.Name, values[next++]);
                        return true;
                    },
                    each.Body);
            case CaseCommand choice:
                return RunCase(choice);
            case FunctionDefinition definition:
                State.Functions[definition.Name] = definition;
                return 0;
            default:
                return RunBody(((BraceGroup)command).Body);
        }
    }

    /// <summary>Runs the first item of <paramref name="choice"/> with a pattern matching its word; 0 when none does.</summary>
    private int RunCase(CaseCommand choice)
    {
        var expansion = new Expansion(State);
        string subject = expansion.Single(choice.Subject);
        foreach (CaseItem item in choice.Items)
        {
            foreach (Word pattern in item.Patterns)
            {
                var (text, active) = expansion.Pattern(pattern);
                if (ShellPattern.Matches(ShellPattern.Quoted(text, active), subject))
                {
                    State.LastStatus = 0;
                    return RunBody(item.Body);
                }
            }
        }

        return 0;
    }

    /// <summary>How many function calls are running (return leaves the innermost).</summary>
    public int FunctionDepth { get; private set; }

    private readonly Stack<List<SavedVariable>> _locals = new();

    /// <summary>
    /// Makes <paramref name="name"/> local to the running function: it keeps its value for now, and is put back as it
    /// was when the function returns.
    /// </summary>
    /// <param name="name">The variable.</param>
    public void MakeLocal(string name)
    {
        List<SavedVariable> frame = _locals.Peek();
        foreach (SavedVariable saved in frame)
        {
            if (saved.Name == name)
                return;
        }

        frame.Add(State.Variables.Save(name));
    }

    /// <summary>How many . scripts are running (return outside a function leaves the innermost).</summary>
    public int SourceDepth { get; set; }

    /// <summary>return has run: the function (or . script) running ends.</summary>
    public bool PendingReturn { get; set; }

    /// <summary>Runs function <paramref name="function"/> with <paramref name="arguments"/> as its positional parameters.</summary>
    /// <param name="function">The function.</param>
    /// <param name="arguments">$1, $2, ... for the call.</param>
    /// <returns>Its status: return's, or its last command's.</returns>
    public int CallFunction(FunctionDefinition function, string[] arguments)
    {
        string[] saved = State.Positional;
        GetoptsPosition getopts = State.Getopts;
        int loops = LoopDepth;
        State.Positional = arguments;
        State.Getopts = GetoptsPosition.Start(State.Variables.OptindChanges);
        FunctionDepth++;
        _locals.Push([]);
        LoopDepth = 0;
        try
        {
            int status = _pipelines.Run(new Pipeline(new List<PipelineStage> { function.Body }, false, function.Body.Source));
            if (PendingReturn)
                status = State.LastStatus;
            return status;
        }
        finally
        {
            PendingReturn = false;

            // The caller's getopts position comes back before its local variables do: a local OPTIND put back starts over.
            State.Getopts = getopts with { OptindChanges = State.Variables.OptindChanges };
            List<SavedVariable> locals = _locals.Pop();
            for (int i = locals.Count - 1; i >= 0; i--)
                State.Variables.Restore(locals[i]);
            FunctionDepth--;
            LoopDepth = loops;
            State.Positional = saved;
        }
    }

    private int RunCondition(CommandList condition)
    {
        bool ignored = State.ErrExitIgnored;
        State.ErrExitIgnored = true;
        Run(condition);
        State.ErrExitIgnored = ignored;
        return State.LastStatus;
    }

    private int RunBody(CommandList body)
    {
        Run(body);
        return State.LastStatus;
    }

    /// <summary>A while, until or for loop: <paramref name="another"/> says whether the body runs again; the status is the body's last (0 if it never ran).</summary>
    private int RunLoop(Func<bool> another, CommandList body)
    {
        int status = 0;
        LoopDepth++;
        try
        {
            while (!ExitRequested && !PendingReturn)
            {
                bool again = another();
                if (LoopControl(out bool leave))
                {
                    if (leave)
                        break;
                    continue;
                }

                if (!again)
                    break;
                status = RunBody(body);
                if ((LoopControl(out leave) && leave) || PendingReturn)
                    break;
            }
        }
        finally
        {
            LoopDepth--;
        }

        State.LastStatus = status;
        return status;
    }

    /// <summary>Takes a pending break or continue for this loop: true if there was one; <paramref name="leave"/> when the loop ends (break, or a continue for an outer loop).</summary>
    private bool LoopControl(out bool leave)
    {
        leave = false;
        if (PendingBreaks > 0)
        {
            PendingBreaks--;
            leave = true;
            return true;
        }

        if (PendingContinues == 0)
            return false;
        leave = --PendingContinues > 0;
        return true;
    }

    /// <summary>Runs the actions of the signals caught since the last command, as dash does between commands.</summary>
    private void RunCaughtTraps()
    {
        if (_inTrap)
            return;
        foreach (string action in Traps.Caught())
        {
            if (!ExitRequested)
                RunTrapAction(action);
        }
    }

    /// <summary>When the shell ends: the EXIT trap's action runs once, with $? the status; an exit in it sets the shell's.</summary>
    public void RunExitTrap()
    {
        string? action = Traps.ExitAction;
        if (string.IsNullOrEmpty(action) || _inTrap)
            return;
        int status = ExitStatus;
        _exitStatus = null;
        PendingBreaks = 0;
        PendingContinues = 0;
        PendingReturn = false;
        State.LastStatus = status;
        RunTrapAction(action);
        _exitStatus ??= status;
    }

    /// <summary>Runs a trap's action; $? is what it was before, unless the action exits.</summary>
    private void RunTrapAction(string action)
    {
        int saved = State.LastStatus;
        _inTrap = true;
        try
        {
            Run(Parser.Parse(action, 1, endOfInput: true, State.Aliases));
        }
        catch (SyntaxError error)
        {
            State.Error("trap action \"" + action + "\": syntax error on its line " + error.Line + ": " + error.Message);
            saved = 2;
            if (!State.Interactive)
                RequestExit(2);
        }
        finally
        {
            _inTrap = false;
        }

        if (!ExitRequested)
            State.LastStatus = saved;
    }

    /// <summary>Runs the and-or lists of <paramref name="list"/> in order.</summary>
    /// <param name="list">The commands.</param>
    public void Run(CommandList list)
    {
        foreach (AndOrList item in list.Items)
        {
            if (Interrupted)
                return;
            if (item.Background)
            {
                StartBackground(item);
                State.LastStatus = 0;
            }
            else
            {
                State.LastStatus = RunAndOr(item, out bool tested);
                if (!ExitRequested && State.ErrExit && State.LastStatus != 0 && !tested && !State.ErrExitIgnored)
                    RequestExit(State.LastStatus);
            }

            RunCaughtTraps();

            if (Interrupted)
                return;
        }
    }

    /// <summary>Runs an and-or list; <paramref name="tested"/> tells whether its status was a test (by &amp;&amp;, || or !), which set -e ignores.</summary>
    private int RunAndOr(AndOrList item, out bool tested)
    {
        bool ignored = State.ErrExitIgnored;
        tested = item.First.Negated || item.Rest.Count > 0;
        State.ErrExitIgnored = ignored || tested;
        int status = _pipelines.Run(item.First);
        for (int i = 0; i < item.Rest.Count && !Interrupted; i++)
        {
            var (connector, pipeline) = item.Rest[i];
            if ((connector == Connector.And) != (status == 0))
                continue;
            State.LastStatus = status;
            tested = pipeline.Negated || i < item.Rest.Count - 1;
            State.ErrExitIgnored = ignored || tested;
            status = _pipelines.Run(pipeline);
        }

        State.ErrExitIgnored = ignored;
        return status;
    }

    private void StartBackground(AndOrList item)
    {
        var pids = new List<int>();
        if (item.Rest.Count == 0 && !item.First.Negated)
            pids = _pipelines.StartBackground(item.First);
        else
        {
            DescriptorTable table = _pipelines.BackgroundTable();
            long pid = Subshell.Start(State, item.Source, table, background: true);
            table.CloseOpened();
            if (pid < 0)
                State.Error("cannot start \"" + item.Source + "\" in the background: " + ErrorText.Of(pid));
            else
                pids.Add((int)pid);
        }

        if (pids.Count == 0)
            return;
        int number = Jobs.Add(pids, item.Source);
        State.LastBackgroundPid = pids[^1];
        if (State.Interactive)
            WriteError("[" + number + "] " + pids[^1] + "\n");
    }

    /// <summary>exec: with a command, replaces the shell by it (its redirections kept); without, makes its redirections the shell's own.</summary>
    /// <param name="call">The builtin's call.</param>
    /// <returns>The status, when the shell goes on.</returns>
    public int ExecBuiltin(BuiltinCall call)
    {
        if (call.Operands.Count == 0)
        {
            long made = call.Table.MakePermanent();
            return made < 0 ? call.Fail("cannot redirect the shell's descriptors: " + ErrorText.Of(made), 2) : 0;
        }

        string name = call.Operands[0];
        string? program = ProgramSearch.Find(name, State.Variables.Get("PATH"));
        long error = (long)Minix.Ipc.Status.NotFound;
        if (program is not null)
        {
            call.Table.MakePermanent();
            error = Sys.Exec(program, call.Operands.ToArray(), State.Variables.Environment());
        }

        var (message, status) = ProgramSearch.Failure(name, error);
        call.Fail(message, status);
        if (!State.Interactive)
            RequestExit(status);
        return status;
    }

    private static void WriteError(string text)
    {
        if (text.Length > 0)
            Sys.WriteAll(Sys.StandardError, Utf8Text.Encode(text));
    }
}
