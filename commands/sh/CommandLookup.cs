using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Shell;

/// <summary>
/// command -v NAME, command -V NAME and type NAME...: what a command name stands for, as dash says it: a shell keyword,
/// a function, a (special) builtin, or the program's path found on PATH; 127 when it is none of them.
/// </summary>
public static class CommandLookup
{
    private static readonly HashSet<string> Keywords = ["!", "{", "}", "case", "do", "done", "elif", "else", "esac", "fi", "for", "if", "in", "then", "until", "while"];

    /// <summary>command with -v or -V (dash looks at the first name only); command alone does nothing.</summary>
    /// <param name="call">The builtin's call.</param>
    /// <param name="state">The shell's functions and PATH.</param>
    /// <returns>0, or 127 when the name is not found.</returns>
    public static int Command(BuiltinCall call, ShellState state)
    {
        bool brief = false;
        bool verbose = false;
        int i = 0;
        for (; i < call.Operands.Count && call.Operands[i].Length > 1 && call.Operands[i][0] == '-'; i++)
        {
            string option = call.Operands[i];
            if (option == "--")
            {
                i++;
                break;
            }

            foreach (char flag in option[1..])
            {
                if (flag == 'v')
                    brief = true;
                else if (flag == 'V')
                    verbose = true;
                else if (flag != 'p')
                    return call.Fail("-" + flag + ": unknown option (command knows -p, -v and -V)", 2);
            }
        }

        if (i >= call.Operands.Count || !(brief || verbose))
            return 0;
        return Describe(call, state, call.Operands[i], verbose);
    }

    /// <summary>type NAME...: each name described as command -V does; 127 if any is not found.</summary>
    /// <param name="call">The builtin's call.</param>
    /// <param name="state">The shell's functions and PATH.</param>
    /// <returns>0, or 127.</returns>
    public static int Type(BuiltinCall call, ShellState state)
    {
        int status = 0;
        foreach (string name in call.Operands)
        {
            if (Describe(call, state, name, verbose: true) != 0)
                status = 127;
        }

        return status;
    }

    private static int Describe(BuiltinCall call, ShellState state, string name, bool verbose)
    {
        string? found;
        if (Keywords.Contains(name))
            found = verbose ? name + " is a shell keyword" : name;
        else if (!name.Contains('/') && state.Functions.ContainsKey(name))
            found = verbose ? name + " is a shell function" : name;
        else if (!name.Contains('/') && Builtins.Is(name))
            found = verbose ? name + (Builtins.IsSpecial(name) ? " is a special shell builtin" : " is a shell builtin") : name;
        else if (name.Contains('/'))
            found = Sys.Stat(name, out FileStatus _) < 0 ? null : verbose ? name + " is " + name : name;
        else
        {
            // As dash: a program hash already holds is "a tracked alias"; one found now is held from here on.
            string? searchPath = state.Variables.Get("PATH");
            bool tracked = state.Hash.Has(name);
            string? path = ProgramSearch.Find(name, searchPath);
            if (path is not null && !tracked)
                state.Hash.Remember(name, path);
            found = path is null ? null : !verbose ? path : name + (tracked ? " is a tracked alias for " : " is ") + path;
        }

        if (found is not null)
        {
            call.Print(found + "\n");
            return 0;
        }

        if (verbose)
            call.Print(name + ": not found\n");
        return 127;
    }
}
