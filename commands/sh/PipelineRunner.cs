using System.Text;
using Minix.Commands.Libc;
using Minix.Ipc;
using Signal = Minix.Kernel.Calls.Signal;
using Minix.Posix;
using Minix.Posix.Abi;

namespace Minix.Commands.Shell;

/// <summary>
/// Runs pipelines: a pipe between each pair of stages, every stage started before any is waited for, the status the
/// last stage's. A program runs through Sys.Spawn with its descriptors from a <see cref="DescriptorTable"/>; a builtin
/// runs in the shell when it is the whole foreground pipeline, else in a <see cref="Subshell"/> (so that
/// <c>cd x | cat</c> does not move the shell, as in any POSIX shell).
/// </summary>
public sealed class PipelineRunner
{
    private readonly Interpreter _shell;
    private readonly Expansion _expansion;
    private readonly Redirections _redirections;

    /// <summary>The runner of <paramref name="shell"/>'s pipelines.</summary>
    /// <param name="shell">The shell.</param>
    public PipelineRunner(Interpreter shell)
    {
        _shell = shell;
        _expansion = new Expansion(shell.State);
        _redirections = new Redirections(shell.State);
    }

    private ShellState State => _shell.State;

    /// <summary>Runs <paramref name="pipeline"/> in the foreground and waits for it.</summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <returns>Its status (inverted by !).</returns>
    public int Run(Pipeline pipeline)
    {
        List<Stage> stages = Start(pipeline, background: false);
        int status = 0;
        foreach (Stage stage in stages)
        {
            status = stage.Status;
            if (stage.Pid > 0)
            {
                Sys.WaitPid(stage.Pid, out int wait, noHang: false);
                status = WaitStatus.ShellStatus(wait);
                if (WaitStatus.IsSignaled(wait) && stage == stages[^1])
                    ReportSignal(wait);
            }
        }

        return pipeline.Negated ? (status == 0 ? 1 : 0) : status;
    }

    /// <summary>Starts <paramref name="pipeline"/> in the background.</summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <returns>The pids of the stages that started.</returns>
    public List<int> StartBackground(Pipeline pipeline)
    {
        var pids = new List<int>();
        foreach (Stage stage in Start(pipeline, background: true))
        {
            if (stage.Pid > 0)
                pids.Add(stage.Pid);
        }

        return pids;
    }

    /// <summary>A table for a background command: without job control its standard input is /dev/null (POSIX), unless redirected.</summary>
    /// <returns>The table.</returns>
    public DescriptorTable BackgroundTable()
    {
        var table = new DescriptorTable();
        if (!State.Interactive)
        {
            long fd = Sys.Open("/dev/null", OpenFlags.ReadOnly | OpenFlags.CloseOnExec);
            if (fd >= 0)
            {
                table.Own((int)fd);
                table.Set(Sys.StandardInput, (int)fd);
            }
        }

        return table;
    }

    private List<Stage> Start(Pipeline pipeline, bool background)
    {
        var stages = new List<Stage>();
        bool alone = pipeline.Stages.Count == 1 && !background;
        int previousRead = -1;
        for (int i = 0; i < pipeline.Stages.Count; i++)
        {
            DescriptorTable table = background && i == 0 ? BackgroundTable() : new DescriptorTable();
            int read = -1;
            int write = -1;
            if (i < pipeline.Stages.Count - 1)
            {
                long piped = Sys.Pipe(out read, out write);
                if (piped < 0)
                {
                    State.Error("cannot make a pipe for stage " + (i + 1) + " of \"" + pipeline.Source + "\": " + ErrorText.Of(piped));
                    stages.Add(new Stage(0, 2));
                    break;
                }

                Sys.SetCloseOnExec(read);
                Sys.SetCloseOnExec(write);
                table.Set(Sys.StandardOutput, write);
            }

            if (previousRead >= 0)
                table.Set(Sys.StandardInput, previousRead);
            stages.Add(Launch(pipeline.Stages[i], table, alone, background));
            table.CloseOpened();
            if (previousRead >= 0)
                Sys.Close(previousRead);
            if (write >= 0)
                Sys.Close(write);
            previousRead = read;
            if (_shell.ExitRequested)
                break;
        }

        if (previousRead >= 0)
            Sys.Close(previousRead);
        return stages;
    }

    /// <summary>Starts one stage: a ( subshell ) in a child shell with its redirections, or a simple command.</summary>
    private Stage Launch(PipelineStage command, DescriptorTable table, bool alone, bool background)
    {
        if (command is SimpleCommand simple)
            return Launch(simple, table, alone, background);
        if (command is SubshellCommand subshell)
        {
            if (!_redirections.Apply(subshell.Redirections, table))
                return new Stage(0, 2);
            return Started(Subshell.Start(State, subshell.Text, table, background), "(", table);
        }

        // A compound command in a pipeline or in the background runs in a child shell, as POSIX has it.
        if (!alone)
            return Started(Subshell.Start(State, command.Source, table, background), command.Source, table);
        if (!_redirections.Apply(command.Redirections, table))
            return new Stage(0, 2);
        try
        {
            using (SavedDescriptors.Apply(table))
                return new Stage(0, _shell.RunCompound(command));
        }
        catch (Exception error) when (error is ArithmeticError or ExpansionError or VariableRefused)
        {
            return ExpansionFailed(error);
        }
    }

    /// <summary>Starts one simple command; an assignment to a read-only variable is an error, as an expansion's.</summary>
    private Stage Launch(SimpleCommand command, DescriptorTable table, bool alone, bool background)
    {
        try
        {
            return LaunchSimple(command, table, alone, background);
        }
        catch (VariableRefused error)
        {
            table.CloseOpened();
            return ExpansionFailed(error);
        }
    }

    /// <summary>Starts one simple command: expands it, applies its redirections, runs a builtin or spawns a program.</summary>
    private Stage LaunchSimple(SimpleCommand command, DescriptorTable table, bool alone, bool background)
    {
        State.SubstitutionStatus = null;
        List<string> fields;
        var assignments = new List<(string Name, string Value)>();
        try
        {
            fields = CommandFields(command.Words);
            foreach (Assignment assignment in command.Assignments)
                assignments.Add((assignment.Name, _expansion.Single(assignment.Value)));
        }
        catch (Exception error) when (error is ArithmeticError or ExpansionError or VariableRefused)
        {
            return ExpansionFailed(error);
        }

        // A builtin or a function in a pipeline runs in a child shell, which traces it itself.
        if (State.Trace && (alone || fields.Count == 0 || !(Builtins.Is(fields[0]) || State.Functions.ContainsKey(fields[0]))))
            Trace(assignments, fields);

        if (fields.Count == 0)
        {
            // Assignments and redirections alone: the files are still created (> file), the variables set in this shell.
            bool opened = _redirections.Apply(command.Redirections, table);
            table.CloseOpened();
            foreach (var (name, value) in assignments)
            {
                // In a pipeline the assignment is lost with its child shell, which would say a read-only variable is so.
                if (alone)
                    State.Variables.Set(name, value);
                else if (State.Variables.IsReadOnly(name) && table[Sys.StandardError] >= 0)
                    State.Error(name + ": is read only", table[Sys.StandardError]);
            }

            return new Stage(0, opened ? State.SubstitutionStatus ?? 0 : 2);
        }

        // command NAME ...: NAME is no function, and a special builtin loses what makes it special (command -v and -V are the builtin's).
        bool viaCommand = false;
        while (fields.Count > 1 && fields[0] == "command" && !fields[1].StartsWith("-v") && !fields[1].StartsWith("-V"))
        {
            viaCommand = true;
            fields.RemoveAt(0);
            if (fields[0] is "-p" or "--")
                fields.RemoveAt(0);
        }

        if (fields.Count == 0)
            return new Stage(0, 0);
        if (!viaCommand && !Builtins.IsSpecial(fields[0]) && State.Functions.TryGetValue(fields[0], out FunctionDefinition? function))
        {
            if (!alone)
                return Started(Subshell.Start(State, command.Source, table, background), fields[0], table);
            List<SavedVariable> saved = AssignForCommand(assignments);
            try
            {
                if (!_redirections.Apply(command.Redirections, table))
                    return new Stage(0, 2);
                using (SavedDescriptors.Apply(table))
                    return new Stage(0, _shell.CallFunction(function, fields.GetRange(1, fields.Count - 1).ToArray()));
            }
            finally
            {
                RestoreAfterCommand(saved);
            }
        }

        if (Builtins.Is(fields[0]))
        {
            if (!alone)
                return Started(Subshell.Start(State, command.Source, table, background), fields[0], table);
            bool special = Builtins.IsSpecial(fields[0]) && !viaCommand;
            List<SavedVariable>? saved = null;
            if (special)
            {
                foreach (var (name, value) in assignments)
                    State.Variables.Set(name, value);
            }
            else
                saved = AssignForCommand(assignments);
            try
            {
                if (!_redirections.Apply(command.Redirections, table))
                {
                    if (special && !State.Interactive)
                        _shell.RequestExit(2);
                    return new Stage(0, 2);
                }

                int status;
                try
                {
                    status = _shell.Builtins.Run(fields, table);
                }
                catch (VariableRefused error)
                {
                    // As dash: "export: X: is read only"; a special builtin's ends a shell that is not interactive.
                    if (table[Sys.StandardError] >= 0)
                        State.Error(fields[0] + ": " + error.Message, table[Sys.StandardError]);
                    status = 2;
                    if (special && !State.Interactive)
                        _shell.RequestExit(2);
                }

                table.CloseOpened();
                return new Stage(0, status);
            }
            finally
            {
                if (saved is not null)
                    RestoreAfterCommand(saved);
            }
        }

        foreach (var (name, _) in assignments)
            State.Variables.CheckWritable(name);
        if (!_redirections.Apply(command.Redirections, table))
            return new Stage(0, 2);
        string? searchPath = State.Variables.Get("PATH");
        foreach (var (name, value) in assignments)
        {
            if (name == "PATH")
                searchPath = value;
        }

        string? program = ProgramSearch.Find(fields[0], searchPath, out long searchError);
        if (program is null)
            return Failed(fields[0], searchError, table);
        if (searchPath is not null && searchPath == State.Variables.Get("PATH"))
            State.Hash.Remember(fields[0], program);
        string[] environment = State.Variables.Environment(assignments);
        long pid = Sys.Spawn(program, fields.ToArray(), environment, table.Slots, background);
        if ((Status)pid == Status.NotExecutable)
        {
            // A file of commands without #!: this shell runs it, as every Unix shell does.
            var arguments = new List<string> { program };
            arguments.AddRange(fields.GetRange(1, fields.Count - 1));
            var (self, argv) = SelfProgram.Command(arguments.ToArray());
            pid = Sys.Spawn(self, argv, environment, table.Slots, background);
        }

        return Started(pid, fields[0], table);
    }

    /// <summary>
    /// A regular builtin's or a function's assignments (X=1 echo, X=1 f): as in dash they hold, exported, for that
    /// command only; what the variables were is given back for <see cref="RestoreAfterCommand"/>. (A special
    /// builtin's, X=1 :, stay set, as POSIX has it.)
    /// </summary>
    private List<SavedVariable> AssignForCommand(List<(string Name, string Value)> assignments)
    {
        foreach (var (name, _) in assignments)
            State.Variables.CheckWritable(name);
        var saved = new List<SavedVariable>();
        foreach (var (name, value) in assignments)
        {
            bool known = false;
            foreach (SavedVariable variable in saved)
                known |= variable.Name == name;
            if (!known)
                saved.Add(State.Variables.Save(name));
            State.Variables.Export(name, value);
        }

        return saved;
    }

    /// <summary>Puts back the variables a command's assignments changed (and whatever the command did to them).</summary>
    private void RestoreAfterCommand(List<SavedVariable> saved)
    {
        for (int i = saved.Count - 1; i >= 0; i--)
            State.Variables.Restore(saved[i]);
    }

    /// <summary>
    /// The fields of a command's words. When the first names export, local or readonly, an operand written NAME=value
    /// is one field, its value expanded as an assignment's (tilde prefixes after = and :, no field splitting, no
    /// pathname expansion), as in dash; the others as usual.
    /// </summary>
    private List<string> CommandFields(IReadOnlyList<Word> words)
    {
        if (words.Count < 2)
            return _expansion.Fields(words);
        var one = new List<Word>(1) { words[0] };
        List<string> fields = _expansion.Fields(one);
        bool declaration = fields.Count == 1 && fields[0] is "export" or "local" or "readonly";
        for (int i = 1; i < words.Count; i++)
        {
            Assignment? assignment = declaration ? Parser.AsAssignment(words[i]) : null;
            if (assignment is not null)
            {
                fields.Add(assignment.Name + "=" + _expansion.Single(assignment.Value));
                continue;
            }

            one.Clear();
            one.Add(words[i]);
            fields.AddRange(_expansion.Fields(one));
        }

        return fields;
    }

    /// <summary>As dash: an expansion error ends a shell that is not interactive.</summary>
    private Stage ExpansionFailed(Exception error)
    {
        State.Error(error.Message);
        if (!State.Interactive)
            _shell.RequestExit(2);
        return new Stage(0, 2);
    }

    private Stage Started(long pid, string name, DescriptorTable table) => pid < 0 ? Failed(name, pid, table) : new Stage((int)pid, 0);

    private Stage Failed(string name, long error, DescriptorTable table)
    {
        var (message, status) = ProgramSearch.Failure(name, error);
        if (table[Sys.StandardError] >= 0)
            State.Error(message, table[Sys.StandardError]);
        return new Stage(0, status);
    }

    private void Trace(List<(string Name, string Value)> assignments, List<string> fields)
    {
        var line = new StringBuilder("+");
        foreach (var (name, value) in assignments)
            line.Append(' ').Append(name).Append('=').Append(value);
        foreach (string field in fields)
            line.Append(' ').Append(field);
        Sys.WriteAll(Sys.StandardError, Utf8Text.Encode(line.Append('\n').ToString()));
    }

    /// <summary>Says why a foreground command died, as dash: "Killed", "Segmentation fault (core dumped)"; nothing for a broken pipe, a newline for ^C at a terminal.</summary>
    private void ReportSignal(int wait)
    {
        var signal = (Signal)WaitStatus.TerminatingSignal(wait);
        if (signal == Signal.BrokenPipe || (signal == Signal.Interrupt && !State.Interactive))
            return;
        string text = signal == Signal.Interrupt ? "" : Utf8Text.Decode(SignalNames.Describe(signal));
        if (text.Length == 0 && signal != Signal.Interrupt)
            text = "Signal " + (int)signal;
        if (WaitStatus.CoreDumped(wait))
            text += " (core dumped)";
        Sys.WriteAll(Sys.StandardError, Utf8Text.Encode(text + "\n"));
    }

    /// <summary>A started stage: its pid (0 when it ran in the shell or did not start) and, then, its status.</summary>
    private sealed record Stage(int Pid, int Status);
}
