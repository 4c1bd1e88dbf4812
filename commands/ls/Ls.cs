using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Ls;

/// <summary>
/// ls, as GNU coreutils' when its output is not a terminal: one name a line, in the C locale's order (-r reversed);
/// files named on the command line first, then each directory's contents under a "NAME:" heading when there is
/// more than one thing to list; -a shows every name, -A all but . and .., -d lists directories themselves, -l the
/// long format. (On a terminal it still writes one name a line, where GNU ls fills columns.)
/// </summary>
public static class Ls
{
    /// <summary>Runs ls.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0; 1 for a problem inside a directory; 2 for an operand that cannot be listed or a usage error.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("ls");
        Options? options = Options.Parse(command, args, "aAdlr1", ["all=a", "almost-all=A", "directory=d", "reverse=r"], usageStatus: 2);
        if (options is null)
            return command.ExitStatus;
        var listing = new Listing(command)
        {
            All = options.Has('a'),
            AlmostAll = options.Has('A') && !options.Has('a'),
            Directories = options.Has('d'),
            Long = options.Has('l'),
            Reverse = options.Has('r'),
        };
        if (options.Operands.Count == 0)
            options.Operands.Add(".");
        listing.Run(options.Operands);
        return command.Finish();
    }

    /// <summary>One run: its settings, the operands sorted into files and directories, and the output.</summary>
    private sealed class Listing(Command command)
    {
        public bool All, AlmostAll, Directories, Long, Reverse;

        public void Run(List<string> operands)
        {
            var files = new List<Entry>();
            var directories = new List<Entry>();
            foreach (string operand in operands)
            {
                // on the command line a symbolic link to a directory is followed, unless -d or -l shows the link itself
                bool follow = !Directories && !Long;
                long error = follow ? Sys.Stat(operand, out FileStatus status) : Sys.LinkStat(operand, out status);
                if (error < 0 && follow)
                    error = Sys.LinkStat(operand, out status);
                if (error < 0)
                {
                    command.Fail("cannot access " + Quoting.Always(operand), error, 2);
                    continue;
                }

                if (!Directories && FileModeBits.TypeOf(status.Mode) == FileModeBits.Directory)
                    directories.Add(new Entry(operand, operand, status));
                else
                    files.Add(new Entry(operand, operand, status));
            }

            Sort(files);
            Sort(directories);
            Print(files, total: false, [.. files, .. directories]);
            bool headings = operands.Count > 1 || command.ExitStatus != 0;
            bool first = files.Count == 0;
            foreach (Entry directory in directories)
            {
                if (!first)
                    command.Out.Write((byte)'\n');
                first = false;
                if (headings)
                    command.Out.Write(directory.Name + ":\n");
                ListDirectory(directory.Path);
            }
        }

        private void ListDirectory(string path)
        {
            var names = new List<string>();
            long error = Sys.ReadDirectory(path, names);
            if (error < 0)
            {
                command.Fail("cannot open directory " + Quoting.Always(path), error, 2);
                return;
            }

            var entries = new List<Entry>();
            foreach (string name in names)
            {
                if (name.StartsWith('.') && !All && !(AlmostAll && name is not ("." or "..")))
                    continue;
                string full = TargetOperands.Inside(path, name);
                long missing = Sys.LinkStat(full, out FileStatus status);
                if (missing < 0)
                {
                    command.Fail("cannot access " + Quoting.Always(full), missing);
                    continue;
                }

                entries.Add(new Entry(name, full, status));
            }

            Sort(entries);
            Print(entries, total: true, entries);
        }

        private void Print(List<Entry> entries, bool total, List<Entry> measured)
        {
            if (!Long)
            {
                foreach (Entry entry in entries)
                    command.Out.Write(entry.Name + "\n");
                return;
            }

            if (total)
            {
                long blocks = 0;
                foreach (Entry entry in entries)
                    blocks += entry.Status.Blocks;
                command.Out.Write("total " + (blocks + 1) / 2 + "\n");
            }

            LongFormat.Write(command.Out, entries, measured);
        }

        private void Sort(List<Entry> entries)
        {
            entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            if (Reverse)
                entries.Reverse();
        }
    }
}

/// <summary>A name to list: as shown, as reached, and its status (of the link itself for a link).</summary>
/// <param name="Name">The name as shown.</param>
/// <param name="Path">The path to it.</param>
/// <param name="Status">Its status.</param>
internal sealed record Entry(string Name, string Path, FileStatus Status);
