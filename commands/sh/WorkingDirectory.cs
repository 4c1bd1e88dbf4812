using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Shell;

/// <summary>
/// cd and pwd, as dash has them: the shell keeps its working directory as the path it was reached by (logical, -L,
/// the default), so <c>cd link; cd ..</c> comes back through the symbolic link; -P uses the directory's real path.
/// A relative name not starting with . or .. is looked for in CDPATH's directories first.
/// </summary>
public static class WorkingDirectory
{
    /// <summary>cd [-L|-P] [DIR]: DIR, $HOME without one, $OLDPWD for "-" (printed, as when CDPATH found it).</summary>
    /// <param name="call">The call.</param>
    /// <param name="state">The shell's state: its working directory and variables.</param>
    /// <returns>0, or 2 when the directory cannot be entered or an option is wrong.</returns>
    public static int ChangeDirectory(BuiltinCall call, ShellState state)
    {
        int first = call.Options("LP", out string given);
        if (first < 0)
            return 2;
        bool physical = given.LastIndexOf('P') > given.LastIndexOf('L');
        bool print = false;
        string? operand = first < call.Operands.Count ? call.Operands[first] : state.Variables.Get("HOME");
        if (operand == "-" && first < call.Operands.Count)
        {
            operand = state.Variables.Get("OLDPWD");
            print = true;
        }

        // As in dash, no HOME or OLDPWD is no error: cd stays where it is.
        string target = string.IsNullOrEmpty(operand) ? "." : operand;
        string path = target;
        if (!IsExplicit(target))
        {
            foreach (string entry in (state.Variables.Get("CDPATH") ?? "").Split(':'))
            {
                string candidate = entry.Length == 0 ? target : entry + "/" + target;
                if (Sys.Stat(candidate, out FileStatus status) >= 0 && (status.Mode & FileModeBits.TypeMask) == FileModeBits.Directory)
                {
                    path = candidate;
                    print |= entry.Length > 0;
                    break;
                }
            }
        }

        string? logical = physical ? null : Logical(state.WorkingDirectory, path);
        // dash says only "can't cd to X"; the reason is kept here, as a user needs it (not found, not a directory, denied).
        long changed = Sys.ChangeDirectory(logical ?? path);
        if (changed < 0)
            return call.Fail("can't cd to " + (operand ?? "") + ": " + ErrorText.Of(changed), 2);

        state.Hash.MarkStale();
        if (state.WorkingDirectory is string old)
            state.Variables.Export("OLDPWD", old);
        state.WorkingDirectory = logical ?? (Sys.GetWorkingDirectory(out string real) >= 0 ? real : null);
        if (state.WorkingDirectory is string now)
            state.Variables.Export("PWD", now);
        return print ? call.Print((state.WorkingDirectory ?? "") + "\n") : 0;
    }

    /// <summary>pwd [-L|-P]: the shell's working directory as it was reached, or (-P) its real path.</summary>
    /// <param name="call">The call.</param>
    /// <param name="state">The shell's state.</param>
    /// <returns>0, or 2 for a wrong option or an unknown directory.</returns>
    public static int Print(BuiltinCall call, ShellState state)
    {
        if (call.Options("LP", out string given) < 0)
            return 2;
        bool physical = given.LastIndexOf('P') > given.LastIndexOf('L');
        if (!physical && state.WorkingDirectory is string logical)
            return call.Print(logical + "\n");
        long result = Sys.GetWorkingDirectory(out string path);
        return result < 0 ? call.Fail(ErrorText.Of(result), 2) : call.Print(path + "\n");
    }

    /// <summary>Whether <paramref name="name"/> says where it is (/, ., .., ./x, ../x): CDPATH is not searched then.</summary>
    private static bool IsExplicit(string name) =>
        name.StartsWith('/') || name is "." or ".." || name.StartsWith("./", StringComparison.Ordinal) || name.StartsWith("../", StringComparison.Ordinal);

    /// <summary>
    /// <paramref name="path"/> taken from <paramref name="current"/> by its names alone: "." dropped, ".." the name
    /// before it removed, repeated slashes one, except that a start of exactly two slashes stays (POSIX leaves "//"
    /// to the system, and dash keeps it). Null when <paramref name="path"/> is relative and the shell does not know
    /// where it is: the system then resolves it.
    /// </summary>
    private static string? Logical(string? current, string path)
    {
        string? start = path.StartsWith('/') ? path : current;
        if (start is null)
            return null;
        string root = start.StartsWith("//", StringComparison.Ordinal) && !start.StartsWith("///", StringComparison.Ordinal) ? "//" : "/";
        var names = new List<string>();
        foreach (string name in ((path.StartsWith('/') ? "" : current) + "/" + path).Split('/'))
        {
            if (name is "" or ".")
                continue;
            if (name == "..")
            {
                if (names.Count > 0)
                    names.RemoveAt(names.Count - 1);
            }
            else
                names.Add(name);
        }

        return root + string.Join('/', names);
    }
}
