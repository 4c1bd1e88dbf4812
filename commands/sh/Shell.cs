using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Shell;

/// <summary>
/// sh: <c>sh -c COMMANDS [NAME [ARG...]]</c>, <c>sh SCRIPT [ARG...]</c>, or commands from the standard input
/// (interactive, with a prompt, when that is a terminal or with -i). Options -e, -f, -u and -x as set takes them.
/// </summary>
public static class Shell
{
    /// <summary>Runs the shell.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The status of the last command, or exit's.</returns>
    public static int Main(string[] args)
    {
        string? commands = null;
        bool forceInteractive = false;
        bool readCommandString = false;
        bool errExit = false;
        bool trace = false;
        bool noUnset = false;
        bool noGlob = false;
        int i = 0;
        int shellPid = Sys.GetPid();
        if (args.Length > 0 && args[0].StartsWith(Subshell.PidOption, StringComparison.Ordinal) && int.TryParse(args[0].AsSpan(Subshell.PidOption.Length), out int parentShell))
        {
            shellPid = parentShell;
            i++;
        }

        for (; i < args.Length && args[i].Length > 1 && (args[i][0] == '-' || args[i][0] == '+'); i++)
        {
            if (args[i] == "--" || args[i] == "-")
            {
                i++;
                break;
            }

            foreach (char option in args[i][1..])
            {
                switch (option)
                {
                    case 'c': readCommandString = true; break;
                    case 'i': forceInteractive = true; break;
                    case 'e': errExit = true; break;
                    case 'x': trace = true; break;
                    case 'u': noUnset = true; break;
                    case 'f': noGlob = true; break;
                    case 's': break;
                    default:
                        Command.WriteError("sh: -" + option + ": unknown option (sh knows -c, -i, -s, -e, -f, -u and -x)\n");
                        return 2;
                }
            }
        }

        if (readCommandString)
        {
            if (i >= args.Length)
            {
                Command.WriteError("sh: -c: a command string is needed\n");
                return 2;
            }

            commands = args[i++];
        }

        string? script = commands is null && i < args.Length ? args[i++] : null;
        string name = script ?? (commands is not null && i < args.Length ? args[i++] : "sh");
        string[] positional = args[i..];
        bool interactive = forceInteractive || (commands is null && script is null && Sys.IsTerminal(Sys.StandardInput) && Sys.IsTerminal(Sys.StandardError));

        var variables = Variables.FromEnvironment();
        variables.Set("PPID", Sys.GetParentPid().ToString());
        if (interactive && variables.Get("PS1") is null)
            variables.Set("PS1", Sys.GetEffectiveUserId() == 0 ? "# " : "$ ");
        var state = new ShellState(variables, name, positional) { WorkingDirectory = variables.Get("PWD"), ShellPid = shellPid, Getopts = GetoptsPosition.Start(variables.OptindChanges), Interactive = interactive, ReadsStandardInput = commands is null && script is null, ErrExit = errExit, Trace = trace, NoUnset = noUnset, NoGlob = noGlob };
        var shell = new Interpreter(state);
        if (interactive)
            Sys.IgnoreInterrupts(true);

        InputReader input;
        int scriptFd = -1;
        if (commands is not null)
            input = new InputReader(commands);
        else if (script is not null)
        {
            long fd = Sys.Open(script, OpenFlags.ReadOnly | OpenFlags.CloseOnExec);
            if (fd < 0)
            {
                state.Error("cannot open " + script + ": " + ErrorText.Of(fd));
                return 127;
            }

            scriptFd = (int)fd;
            input = new InputReader(scriptFd);
        }
        else
            input = new InputReader(Sys.StandardInput);

        shell.RunInput(input, prompt: interactive);
        shell.RunExitTrap();
        if (scriptFd >= 0)
            Sys.Close(scriptFd);
        return shell.ExitStatus;
    }
}
