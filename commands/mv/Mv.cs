using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Mv;

/// <summary>
/// mv, as GNU coreutils': renames SOURCE to DEST, or moves each source into DIRECTORY (or -t's); -T takes DEST as
/// the name to replace even when it is a directory; -n keeps an existing destination, -u one not older than its
/// source, -f (the default here, as nothing asks) replaces it; -v says each move. A directory is never moved
/// into itself. Moves stay on one file system (rename(2)).
/// </summary>
public static class Mv
{
    /// <summary>Runs mv.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 1 if something could not be moved.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("mv");
        Options? options = Options.Parse(command, args, "fnt:Tuv", ["force=f", "no-clobber=n", "update=u", "verbose=v", .. TargetOperands.LongOptions]);
        if (options is null)
            return command.ExitStatus;
        bool noClobber = false, verbose = options.Has('v'), update = options.Has('u');
        foreach (var (name, _) in options.Seen)
        {
            if (name is 'f' or 'n')
                noClobber = name == 'n';
        }

        var pairs = TargetOperands.Pairs(command, options);
        if (pairs is null)
            return command.ExitStatus;
        foreach (var (source, destination) in pairs)
        {
            long error = Sys.LinkStat(source, out FileStatus from);
            if (error < 0)
            {
                command.Fail("cannot stat " + Quoting.Always(source), error);
                continue;
            }

            bool exists = Sys.LinkStat(destination, out FileStatus to) == 0;
            if (exists && TargetOperands.SameFile(from, to))
            {
                command.Fail(Quoting.Always(source) + " and " + Quoting.Always(destination) + " are the same file");
                continue;
            }

            if (exists && (noClobber || (update && to.ModifyTime >= from.ModifyTime)))
                continue;
            if (FileModeBits.TypeOf(from.Mode) == FileModeBits.Directory && IsUnder(destination, source))
            {
                command.Fail("cannot move " + Quoting.Always(source) + " to a subdirectory of itself, " + Quoting.Always(destination));
                continue;
            }

            if (exists && FileModeBits.TypeOf(to.Mode) == FileModeBits.Directory && FileModeBits.TypeOf(from.Mode) != FileModeBits.Directory)
            {
                command.Fail("cannot overwrite directory " + Quoting.Always(destination) + " with non-directory");
                continue;
            }

            long moved = Sys.Rename(source, destination);
            if (moved < 0)
            {
                command.Fail("cannot move " + Quoting.Always(source) + " to " + Quoting.Always(destination), moved);
                continue;
            }

            if (verbose)
                command.Out.Write("renamed " + Quoting.Always(source) + " -> " + Quoting.Always(destination) + "\n");
        }

        return command.Finish();
    }

    /// <summary>Whether <paramref name="path"/> names something inside <paramref name="directory"/> (by the names given).</summary>
    private static bool IsUnder(string path, string directory)
    {
        string inside = directory.TrimEnd('/') + "/";
        return path.StartsWith(inside, StringComparison.Ordinal);
    }
}
