using Minix.Commands.Libc;
using Minix.Ipc;
using Minix.Posix.Abi;

namespace Minix.Commands.Ln;

/// <summary>
/// ln, as GNU coreutils': a hard link (or with -s a symbolic one) named LINK to TARGET, or one in DIRECTORY for each
/// target (or -t's), or with one operand in the working directory; -T takes LINK as the name even when it is a
/// directory, -n when it is a symbolic link to one; -f removes an existing name first; -v says each link.
/// </summary>
public static class Ln
{
    /// <summary>Runs ln.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 1 if a link could not be made.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("ln");
        Options? options = Options.Parse(command, args, "fnst:Tv", ["force=f", "no-dereference=n", "symbolic=s", "verbose=v", .. TargetOperands.LongOptions]);
        if (options is null)
            return command.ExitStatus;
        bool symbolic = options.Has('s'), force = options.Has('f'), verbose = options.Has('v');
        var pairs = TargetOperands.Pairs(command, options, oneMeansHere: true, noDereference: options.Has('n'));
        if (pairs is null)
            return command.ExitStatus;
        string kind = symbolic ? "symbolic link " : "hard link ";
        foreach (var (target, link) in pairs)
        {
            if (!symbolic)
            {
                long error = Sys.LinkStat(target, out FileStatus status);
                if (error < 0)
                {
                    command.Fail("failed to access " + Quoting.Always(target), error);
                    continue;
                }

                if (FileModeBits.TypeOf(status.Mode) == FileModeBits.Directory)
                {
                    command.Fail(Quoting.IfNeeded(target) + ": hard link not allowed for directory");
                    continue;
                }

                if (force && Sys.LinkStat(link, out FileStatus existing) == 0 && TargetOperands.SameFile(status, existing))
                {
                    command.Fail(Quoting.Always(target) + " and " + Quoting.Always(link) + " are the same file");
                    continue;
                }
            }

            if (force && Sys.LinkStat(link, out FileStatus old) == 0)
            {
                if (FileModeBits.TypeOf(old.Mode) != FileModeBits.Directory)
                {
                    Sys.Unlink(link);
                }
                else if (options.Has('T'))
                {
                    command.Fail(Quoting.IfNeeded(link) + ": cannot overwrite directory");
                    continue;
                }
            }

            long made = symbolic ? Sys.SymbolicLink(target, link) : Sys.Link(target, link);
            if (made < 0)
            {
                command.Fail("failed to create " + kind + Quoting.Always(link), made == (long)Status.IsDirectory ? (long)Status.AlreadyExists : made);
                continue;
            }

            if (verbose)
                command.Out.Write(Quoting.Always(link) + (symbolic ? " -> " : " => ") + Quoting.Always(target) + "\n");
        }

        return command.Finish();
    }
}
