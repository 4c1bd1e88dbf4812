using Minix.Commands.Libc;
using Minix.Ipc;
using Minix.Posix.Abi;

namespace Minix.Commands.Cp;

/// <summary>
/// cp, as GNU coreutils': copies SOURCE to DEST, or each source into DIRECTORY; a directory only with -r (or -R),
/// with everything in it, never into itself; -n keeps an existing destination; -v says each copy. A new file gets
/// its source's permission bits (less the umask).
/// </summary>
public static class Cp
{
    /// <summary>Runs cp.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 1 if something could not be copied.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("cp");
        Options? options = Options.Parse(command, args, "nrRv", ["no-clobber=n", "recursive=r", "verbose=v"]);
        if (options is null)
            return command.ExitStatus;
        var pairs = TargetOperands.Pairs(command, options.Operands);
        if (pairs is null)
            return command.ExitStatus;
        var copy = new Copying(command)
        {
            Recursive = options.Has('r') || options.Has('R'),
            NoClobber = options.Has('n'),
            Verbose = options.Has('v'),
        };
        foreach (var (source, destination) in pairs)
            copy.Copy(source, destination, top: true);
        return command.Finish();
    }

    /// <summary>One run's settings and the copy of one name (and, with -r, what is under it).</summary>
    private sealed class Copying(Command command)
    {
        public bool Recursive, NoClobber, Verbose;

        /// <summary>The directories this run made: a copy into itself skips them instead of copying without end.</summary>
        private readonly List<(ulong Device, ulong Inode)> _made = new();

        public void Copy(string source, string destination, bool top)
        {
            long error = Sys.Stat(source, out FileStatus from);
            if (error < 0)
            {
                command.Fail("cannot stat " + Quoting.Always(source), error);
                return;
            }

            long missing = Sys.Stat(destination, out FileStatus to);
            bool exists = missing == 0;
            if (missing < 0 && missing != (long)Status.NotFound)
            {
                command.Fail("cannot stat " + Quoting.Always(destination), missing); // as GNU cp: "f/" names no directory
                return;
            }

            bool directory = FileModeBits.TypeOf(from.Mode) == FileModeBits.Directory;
            if (directory && _made.Contains((from.Device, from.Inode)))
                return;
            if (directory && !Recursive)
            {
                command.Fail("-r not specified; omitting directory " + Quoting.Always(source));
                return;
            }

            if (exists && TargetOperands.SameFile(from, to))
            {
                command.Fail(Quoting.Always(source) + " and " + Quoting.Always(destination) + " are the same file");
                return;
            }

            if (directory)
            {
                CopyDirectory(source, destination, from, exists ? FileModeBits.TypeOf(to.Mode) : 0, top);
                return;
            }

            if (exists && NoClobber)
                return;
            if (exists && FileModeBits.TypeOf(to.Mode) == FileModeBits.Directory)
            {
                command.Fail("cannot overwrite directory " + Quoting.Always(destination) + " with non-directory");
                return;
            }

            if (CopyFile(source, destination, from.Mode & 0x1FF) && Verbose)
                command.Out.Write(Quoting.Always(source) + " -> " + Quoting.Always(destination) + "\n");
        }

        private void CopyDirectory(string source, string destination, in FileStatus from, int existingType, bool top)
        {
            // as GNU cp: said, but the copy goes on (once: the new directory is not copied into itself again)
            if (top && destination.StartsWith(source.TrimEnd('/') + "/", StringComparison.Ordinal))
                command.Fail("cannot copy a directory, " + Quoting.Always(source) + ", into itself, " + Quoting.Always(destination));

            if (existingType != 0 && existingType != FileModeBits.Directory)
            {
                command.Fail("cannot overwrite non-directory " + Quoting.Always(destination) + " with directory " + Quoting.Always(source));
                return;
            }

            if (existingType == 0)
            {
                long made = Sys.MakeDirectory(destination, from.Mode & 0x1FF);
                if (made < 0)
                {
                    command.Fail("cannot create directory " + Quoting.Always(destination), made);
                    return;
                }

                if (Sys.Stat(destination, out FileStatus created) == 0)
                    _made.Add((created.Device, created.Inode));
                if (Verbose)
                    command.Out.Write(Quoting.Always(source) + " -> " + Quoting.Always(destination) + "\n");
            }

            var names = new List<string>();
            long error = Sys.ReadDirectory(source, names);
            if (error < 0)
            {
                command.Fail("cannot access " + Quoting.Always(source), error);
                return;
            }

            foreach (string name in names)
            {
                if (name is not ("." or ".."))
                    Copy(TargetOperands.Inside(source, name), TargetOperands.Inside(destination, name), top: false);
            }
        }

        private bool CopyFile(string source, string destination, int mode)
        {
            long input = Sys.Open(source, OpenFlags.ReadOnly);
            if (input < 0)
            {
                command.Fail("cannot open " + Quoting.Always(source) + " for reading", input);
                return false;
            }

            long output = Sys.Open(destination, OpenFlags.WriteOnly | OpenFlags.Create | OpenFlags.Truncate, mode);
            if (output < 0)
            {
                Sys.Close((int)input);
                // A new name with a slash after it asks for a directory that is not there (the system says EISDIR): GNU says so.
                bool slash = output == (long)Status.IsDirectory && destination.EndsWith('/');
                command.Fail("cannot create regular file " + Quoting.Always(destination), slash ? (long)Status.NotDirectory : output);
                return false;
            }

            bool copied = Transfer((int)input, (int)output, source, destination);
            Sys.Close((int)input);
            long closed = Sys.Close((int)output);
            if (closed < 0 && copied)
            {
                command.Fail("failed to close " + Quoting.Always(destination), closed);
                return false;
            }

            return copied;
        }

        private bool Transfer(int input, int output, string source, string destination)
        {
            var buffer = new byte[16384];
            while (true)
            {
                long got = Sys.Read(input, buffer);
                if (got == 0)
                    return true;
                if (got < 0)
                {
                    command.Fail("error reading " + Quoting.Always(source), got);
                    return false;
                }

                long error = Sys.WriteAll(output, buffer.AsSpan(0, (int)got));
                if (error < 0)
                {
                    command.Fail("error writing " + Quoting.Always(destination), error);
                    return false;
                }
            }
        }
    }
}
