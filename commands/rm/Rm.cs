using Minix.Commands.Libc;
using Minix.Ipc;
using Minix.Posix.Abi;

namespace Minix.Commands.Rm;

/// <summary>
/// rm, as GNU coreutils': removes each file; a directory only with -d (when empty) or -r (with everything in it);
/// never . or .. (nor a path ending in them), and under -r never the root directory unless --no-preserve-root is given
/// (--preserve-root, the default, takes it back); -f keeps quiet about files that do not exist; -v says what went. It
/// asks nothing: without a terminal for input GNU rm does not ask either.
/// </summary>
public static class Rm
{
    // letters the long-only options stand for, never typed as short options
    private const char PreserveRoot = '\u0001', NoPreserveRoot = '\u0002';

    /// <summary>Runs rm.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 1 if something could not be removed.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("rm");
        Options? options = Options.Parse(command, args, "dfrRv", ["dir=d", "force=f", "recursive=r", "verbose=v", "preserve-root=" + PreserveRoot, "no-preserve-root=" + NoPreserveRoot]);
        if (options is null)
            return command.ExitStatus;
        var removal = new Removal(command)
        {
            Force = options.Has('f'),
            Recursive = options.Has('r') || options.Has('R'),
            EmptyDirectories = options.Has('d'),
            Verbose = options.Has('v'),
            KeepRoot = LastOf(options, PreserveRoot, NoPreserveRoot) != NoPreserveRoot,
        };
        if (options.Operands.Count == 0 && !removal.Force)
            return command.Usage("missing operand");
        foreach (string operand in options.Operands)
            removal.Remove(operand, top: true);
        return command.Finish();
    }

    /// <summary>Which of <paramref name="first"/> and <paramref name="second"/> was given last; '\0' if neither.</summary>
    private static char LastOf(Options options, char first, char second)
    {
        char last = '\0';
        foreach (var (name, _) in options.Seen)
        {
            if (name == first || name == second)
                last = name;
        }

        return last;
    }

    /// <summary>One run's settings and the removal of one name (and, with -r, what is under it).</summary>
    private sealed class Removal(Command command)
    {
        public bool Force, Recursive, EmptyDirectories, Verbose, KeepRoot;

        /// <summary>Removes <paramref name="path"/>; false if it (or something under it) stayed.</summary>
        public bool Remove(string path, bool top)
        {
            if (top && Recursive && EndsInDots(path))
            {
                command.Fail("refusing to remove '.' or '..' directory: skipping " + Quoting.Always(path));
                return false;
            }

            if (top && Recursive && KeepRoot && RootDirectory.Is(path))
            {
                command.Fail("it is dangerous to operate recursively on " + RootDirectory.Shown(path));
                command.Fail("use --no-preserve-root to override this failsafe");
                return false;
            }

            long error = Sys.LinkStat(path, out FileStatus status);
            if (error < 0)
            {
                if (!(Force && error == (long)Status.NotFound))
                    command.Fail("cannot remove " + Quoting.Always(path), error);
                return false;
            }

            if (FileModeBits.TypeOf(status.Mode) != FileModeBits.Directory)
                return Done(path, Sys.Unlink(path), "removed ");
            if (!Recursive && !EmptyDirectories)
            {
                command.Fail("cannot remove " + Quoting.Always(path), (long)Status.IsDirectory);
                return false;
            }

            if (Recursive && !RemoveContents(path))
                return false;
            return Done(path, Sys.RemoveDirectory(path), "removed directory ");
        }

        private bool RemoveContents(string directory)
        {
            var names = new List<string>();
            long error = Sys.ReadDirectory(directory, names);
            if (error < 0)
            {
                command.Fail("cannot remove " + Quoting.Always(directory), error);
                return false;
            }

            bool all = true;
            string prefix = directory.EndsWith('/') ? directory : directory + "/";
            foreach (string name in names)
            {
                if (name is not ("." or ".."))
                    all &= Remove(prefix + name, top: false);
            }

            return all;
        }

        private bool Done(string path, long error, string verb)
        {
            if (error < 0)
            {
                command.Fail("cannot remove " + Quoting.Always(path), error);
                return false;
            }

            if (Verbose)
                command.Out.Write(verb + Quoting.Always(path) + "\n");
            return true;
        }

        /// <summary>Whether the last component is . or .. (GNU refuses those under -r).</summary>
        private static bool EndsInDots(string path)
        {
            string trimmed = path.TrimEnd('/');
            string last = trimmed.Substring(trimmed.LastIndexOf('/') + 1);
            return last is "." or "..";
        }
    }
}
