using Minix.Commands.Libc;
using Minix.Ipc;

namespace Minix.Commands.Rmdir;

/// <summary>
/// rmdir, as GNU coreutils': removes each empty directory; -p then removes its parents named in the operand, one
/// after another; --ignore-fail-on-non-empty keeps quiet about a directory that is not empty; -v says each one.
/// </summary>
public static class Rmdir
{
    private const char IgnoreNonEmpty = '\u0001';

    /// <summary>Runs rmdir.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 1 if a directory could not be removed.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("rmdir");
        Options? options = Options.Parse(command, args, "pv", ["parents=p", "verbose=v", "ignore-fail-on-non-empty=" + IgnoreNonEmpty]);
        if (options is null)
            return command.ExitStatus;
        if (options.Operands.Count == 0)
            return command.Usage("missing operand");
        bool parents = options.Has('p'), verbose = options.Has('v'), ignoreNonEmpty = options.Has(IgnoreNonEmpty);
        foreach (string operand in options.Operands)
        {
            string path = operand;
            for (bool parent = false; ; parent = true)
            {
                if (verbose)
                    command.Out.Write("rmdir: removing directory, " + Quoting.Always(path) + "\n");
                long error = Sys.RemoveDirectory(path);
                if (error < 0)
                {
                    if (!(ignoreNonEmpty && error == (long)Status.DirectoryNotEmpty))
                        command.Fail("failed to remove " + (parent ? "directory " : "") + Quoting.Always(path), error);
                    break;
                }

                if (!parents || !Parent(ref path))
                    break;
            }
        }

        return command.Finish();
    }

    /// <summary>The operand without its last component (and the slashes before it); false when nothing is left.</summary>
    private static bool Parent(ref string path)
    {
        string trimmed = path.TrimEnd('/');
        int slash = trimmed.LastIndexOf('/');
        if (slash <= 0)
            return false;
        path = trimmed.Substring(0, slash).TrimEnd('/');
        return path.Length > 0;
    }
}
