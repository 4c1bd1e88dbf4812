using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Ls;

/// <summary>
/// One run of ls over its operands: they are sorted into files and directories, the files listed first, then each
/// directory under a "NAME:" heading when there is more than one thing to list (always with -R, which lists every
/// directory below too). Directories wait on a stack of paths, not in nested calls, so -R goes as deep as the tree
/// does.
/// </summary>
internal sealed class DirectoryWalk(Command command, Settings settings)
{
    private readonly EntryOrder _order = new(settings);
    private readonly EntryPrinter _printer = new(command, settings);
    private readonly NameFilter _filter = new(settings);
    private readonly ActiveDirectories _active = new();

    /// <summary>
    /// The directories still to list, the next one last, each with whether it was named on the command line; with -R,
    /// after each directory's subdirectories, the mark that leaves it (<c>Leave</c>).
    /// </summary>
    private readonly List<(string Path, bool Operand, bool Leave)> _pending = new();

    private bool _headings, _first = true;

    public void Run(List<string> operands)
    {
        var files = new List<Entry>();
        var directories = new List<Entry>();
        foreach (string operand in operands)
        {
            long error = OperandStatus(operand, out FileStatus status);
            if (error < 0)
            {
                Problem("cannot access " + Quoting.Always(operand), error, serious: true);
                continue;
            }

            if (!settings.Directories && FileModeBits.TypeOf(status.Mode) == FileModeBits.Directory)
                directories.Add(new Entry(operand, operand, status));
            else
                files.Add(new Entry(operand, operand, status));
        }

        _order.Sort(files);
        _order.Sort(directories);
        var measured = new List<Entry>(files);
        measured.AddRange(directories);
        if (files.Count > 0)
            _printer.Print(files, total: false, measured);
        for (int i = directories.Count - 1; i >= 0; i--)
            _pending.Add((directories[i].Path, true, false));
        if (files.Count > 0 && _pending.Count > 0)
            command.Out.Write((byte)'\n');
        _headings = files.Count > 0 || operands.Count > 1 || directories.Count > 1;
        while (_pending.Count > 0)
        {
            (string path, bool operand, bool leave) = _pending[^1];
            _pending.RemoveAt(_pending.Count - 1);
            if (leave)
            {
                _active.Leave();
                continue;
            }

            ListDirectory(path, operand);
            _headings = true;
        }
    }

    /// <summary>An operand's status: of what a link leads to with -H and -L, and without -d, -F or -l when it leads to a directory.</summary>
    /// <returns>0, or -errno.</returns>
    private long OperandStatus(string operand, out FileStatus status)
    {
        if (settings.Follow == Settings.FollowNone)
            return Sys.LinkStat(operand, out status);
        long error = Sys.Stat(operand, out status);

        // to follow only links to directories, GNU looks at the link itself when its target is missing or not a directory
        if (settings.Follow == Settings.FollowOperandsToDirectories
            && (error < 0 ? error == (long)Minix.Ipc.Status.NotFound : FileModeBits.TypeOf(status.Mode) != FileModeBits.Directory))
            error = Sys.LinkStat(operand, out status);
        return error;
    }

    /// <summary>A directory's entries, under its heading; with -R its subdirectories (not links to them, unless -L) wait to be listed next, in order.</summary>
    private void ListDirectory(string path, bool operand)
    {
        var names = new List<string>();
        long error = Sys.ReadDirectory(path, names);
        if (error < 0)
        {
            Problem("cannot open directory " + Quoting.Always(path), error, serious: operand);
            return;
        }

        if (settings.Recursive)
        {
            // a directory already being listed further up (reached again through a link, with -L) is not listed again
            if (!_active.Enter(path))
            {
                command.Error(Quoting.IfNeeded(path) + ": not listing already-listed directory");
                command.ExitStatus = 2;
                return;
            }

            _pending.Add((path, operand, true));
        }

        if (settings.Recursive || _headings)
        {
            if (!_first)
                command.Out.Write((byte)'\n');
            _first = false;
            command.Out.Write(path + ":\n");
        }

        var entries = new List<Entry>();
        foreach (string name in names)
        {
            if (_filter.LeavesOut(name))
                continue;
            string full = TargetOperands.Inside(path, name);
            Entry? entry = EntryFor(name, full, path == "." ? name : full);
            if (entry is not null)
                entries.Add(entry);
        }

        _order.Sort(entries);
        _printer.Print(entries, total: true, entries);
        if (!settings.Recursive)
            return;
        for (int i = entries.Count - 1; i >= 0; i--)
        {
            Entry entry = entries[i];
            if (FileModeBits.TypeOf(entry.Status.Mode) == FileModeBits.Directory && entry.Name is not ("." or ".."))
                _pending.Add((entry.Path, false, false));
        }
    }

    /// <summary>
    /// A directory's entry with its status, of what a link leads to with -L. A link -L cannot follow is listed with
    /// its status unknown, and reported when the listing needs the status; an entry gone meanwhile is reported and
    /// left out.
    /// </summary>
    /// <param name="name">The entry's name.</param>
    /// <param name="path">The path to it.</param>
    /// <param name="shown">The path in a message: GNU writes an entry of "." as its name alone.</param>
    private Entry? EntryFor(string name, string path, string shown)
    {
        if (settings.Follow == Settings.FollowAll)
        {
            long broken = Sys.Stat(path, out FileStatus target);
            if (broken == 0)
                return new Entry(name, path, target);
            if (settings.NeedsStatus)
                Problem("cannot access " + Quoting.Always(shown), broken, serious: false);
            if (Sys.LinkStat(path, out FileStatus link) == 0)
                return new Entry(name, path, new FileStatus { Mode = FileModeBits.TypeOf(link.Mode) }, Known: false);
        }

        long missing = Sys.LinkStat(path, out FileStatus status);
        if (missing < 0)
        {
            Problem("cannot access " + Quoting.Always(shown), missing, serious: false);
            return null;
        }

        return new Entry(name, path, status);
    }

    /// <summary>coreutils' file_failure: a serious problem (an operand) makes the status 2, another 1 unless it is 2 already.</summary>
    private void Problem(string what, long error, bool serious)
    {
        command.Error(what + ": " + ErrorText.Of(error));
        if (serious)
            command.ExitStatus = 2;
        else if (command.ExitStatus == 0)
            command.ExitStatus = 1;
    }
}
