using System.Text;
using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Ls;

/// <summary>
/// One run of ls: its settings, the operands sorted into files and directories, the directories still to list, and
/// the output. Directories wait on a stack of paths, not in nested calls, so -R goes as deep as the tree does.
/// </summary>
internal sealed class Listing(Command command)
{
    /// <summary>Which names starting with '.' are shown: none, all but . and .. (-A), or all (-a).</summary>
    public const int ShowDefault = 0, ShowAlmostAll = 1, ShowAll = 2;

    /// <summary>The orders, as numbered in --sort's words; by name when none is chosen.</summary>
    public const int Unsorted = 0, ByTime = 1, BySize = 2, ByExtension = 3, ByVersion = 4, ByWidth = 5, ByName = 6;

    /// <summary>The indicator styles, as numbered in --indicator-style's words.</summary>
    public const int NoIndicators = 0, Slash = 1, FileTypes = 2, Classify = 3;

    /// <summary>The time shown with -l and sorted by with -t.</summary>
    public const int ModifyTime = 0, AccessTime = 1, ChangeTime = 2;

    /// <summary>The layouts other than the long format: one name a line (-1), columns (-C), rows (-x), commas (-m).</summary>
    public const int OnePerLine = 0, Columns = 1, Across = 2, Commas = 3;

    public int Layout = OnePerLine;

    /// <summary>The line's width for -C, -x and -m (0: no limit), and the distance of tab stops (0: spaces only).</summary>
    public long Width = 80, TabSize = 8;

    public int Hidden = ShowDefault, Sort = ByName, Indicators = NoIndicators, Time = ModifyTime;

    /// <summary>The long format's strftime formats for a time six months old or more (or in the future), and for a recent one.</summary>
    public string OldTimes = "%b %e  %Y", RecentTimes = "%b %e %H:%M";

    /// <summary>The unit of -h (1024) or --si (1000); 0 for plain counts.</summary>
    public int Unit;

    public bool Directories, Long, Owner = true, Group = true, Numeric, Inodes, Blocks, Recursive, Reverse, DirectoriesFirst, FollowOperands;

    /// <summary>The directories still to list, the next one last, each with whether it was named on the command line.</summary>
    private readonly List<(string Path, bool Operand)> _pending = new();

    private bool _headings, _first = true;

    public void Run(List<string> operands)
    {
        var files = new List<Entry>();
        var directories = new List<Entry>();
        foreach (string operand in operands)
        {
            FileStatus status;
            long error;
            if (FollowOperands)
            {
                // GNU looks at the link itself when its target is missing or not a directory
                error = Sys.Stat(operand, out status);
                if (error < 0 ? error == (long)Minix.Ipc.Status.NotFound : FileModeBits.TypeOf(status.Mode) != FileModeBits.Directory)
                    error = Sys.LinkStat(operand, out status);
            }
            else
            {
                error = Sys.LinkStat(operand, out status);
            }

            if (error < 0)
            {
                Problem("cannot access " + Quoting.Always(operand), error, serious: true);
                continue;
            }

            if (!Directories && FileModeBits.TypeOf(status.Mode) == FileModeBits.Directory)
                directories.Add(new Entry(operand, operand, status));
            else
                files.Add(new Entry(operand, operand, status));
        }

        SortEntries(files);
        SortEntries(directories);
        var measured = new List<Entry>(files);
        measured.AddRange(directories);
        if (files.Count > 0)
            Print(files, total: false, measured);
        for (int i = directories.Count - 1; i >= 0; i--)
            _pending.Add((directories[i].Path, true));
        if (files.Count > 0 && _pending.Count > 0)
            command.Out.Write((byte)'\n');
        _headings = files.Count > 0 || operands.Count > 1 || directories.Count > 1;
        while (_pending.Count > 0)
        {
            (string path, bool operand) = _pending[^1];
            _pending.RemoveAt(_pending.Count - 1);
            ListDirectory(path, operand);
            _headings = true;
        }
    }

    /// <summary>A directory's entries, under its heading; with -R its subdirectories (not links to them) wait to be listed next, in order.</summary>
    private void ListDirectory(string path, bool operand)
    {
        var names = new List<string>();
        long error = Sys.ReadDirectory(path, names);
        if (error < 0)
        {
            Problem("cannot open directory " + Quoting.Always(path), error, serious: operand);
            return;
        }

        if (Recursive || _headings)
        {
            if (!_first)
                command.Out.Write((byte)'\n');
            _first = false;
            command.Out.Write(path + ":\n");
        }

        var entries = new List<Entry>();
        foreach (string name in names)
        {
            if (name.StartsWith('.') && (Hidden == ShowDefault || (Hidden == ShowAlmostAll && name is "." or "..")))
                continue;
            string full = TargetOperands.Inside(path, name);
            long missing = Sys.LinkStat(full, out FileStatus status);
            if (missing < 0)
            {
                Problem("cannot access " + Quoting.Always(full), missing, serious: false);
                continue;
            }

            entries.Add(new Entry(name, full, status));
        }

        SortEntries(entries);
        Print(entries, total: true, entries);
        if (!Recursive)
            return;
        for (int i = entries.Count - 1; i >= 0; i--)
        {
            Entry entry = entries[i];
            if (FileModeBits.TypeOf(entry.Status.Mode) == FileModeBits.Directory && entry.Name is not ("." or ".."))
                _pending.Add((entry.Path, false));
        }
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

    private void Print(List<Entry> entries, bool total, List<Entry> measured)
    {
        if (total && (Long || Blocks))
        {
            long blocks = 0;
            foreach (Entry entry in entries)
                blocks += entry.Status.Blocks;
            command.Out.Write("total " + BlockCounts.Blocks(blocks, Unit) + "\n");
        }

        int inodeWidth = 0, blockWidth = 0;
        foreach (Entry entry in measured)
        {
            if (Inodes)
                inodeWidth = Math.Max(inodeWidth, entry.Status.Inode.ToString().Length);
            if (Blocks)
                blockWidth = Math.Max(blockWidth, BlockCounts.Blocks(entry.Status.Blocks, Unit).Length);
        }

        // -m sets the numbers in no column
        if (!Long && Layout == Commas)
            inodeWidth = blockWidth = 0;
        LongFormat? format = Long ? new LongFormat(this, measured) : null;
        var names = new List<string>();
        foreach (Entry entry in entries)
        {
            var line = new StringBuilder();
            if (Inodes)
                line.Append(entry.Status.Inode.ToString().PadLeft(inodeWidth)).Append(' ');
            if (Blocks)
                line.Append(BlockCounts.Blocks(entry.Status.Blocks, Unit).PadLeft(blockWidth)).Append(' ');
            if (format is not null)
            {
                format.Append(line, entry);
            }
            else
            {
                line.Append(entry.Name);
                AppendIndicator(line, entry.Status.Mode);
            }

            if (Long || Layout == OnePerLine)
                command.Out.Write(line.Append('\n').ToString());
            else
                names.Add(line.ToString());
        }

        if (names.Count == 0)
            return;
        if (Layout == Commas)
            WriteCommas(names);
        else
            WriteColumns(names, Layout == Columns);
    }

    /// <summary>-m: the names with ", " between, a new line where the next one and its comma would reach the width.</summary>
    private void WriteCommas(List<string> names)
    {
        var text = new StringBuilder();
        long position = 0;
        for (int i = 0; i < names.Count; i++)
        {
            long length = Width != 0 ? names[i].Length : 0;
            if (i != 0)
            {
                bool fits = Width == 0 || position + length + 2 < Width;
                position = fits ? position + 2 : 0;
                text.Append(',').Append(fits ? ' ' : '\n');
            }

            text.Append(names[i]);
            position += length;
        }

        command.Out.Write(text.Append('\n').ToString());
    }

    /// <summary>
    /// -C (down the columns) and -x (along the rows) as GNU's print_many_per_line and print_horizontal: as many
    /// columns as fit the width, each as wide as its widest name and two spaces, padded with tabs where a tab stop
    /// lies within the padding.
    /// </summary>
    private void WriteColumns(List<string> names, bool byColumns)
    {
        long[] widths = ColumnWidths(names, byColumns);
        int columns = widths.Length, count = names.Count;
        var text = new StringBuilder();
        if (byColumns)
        {
            int rows = count / columns + (count % columns != 0 ? 1 : 0);
            for (int row = 0; row < rows; row++)
            {
                long position = 0;
                for (int column = 0, i = row; ; column++)
                {
                    text.Append(names[i]);
                    long end = position + names[i].Length;
                    i += rows;
                    if (i >= count)
                        break;
                    Indent(text, end, position + widths[column]);
                    position += widths[column];
                }

                text.Append('\n');
            }
        }
        else
        {
            long position = 0;
            text.Append(names[0]);
            long end = names[0].Length, width = widths[0];
            for (int i = 1; i < count; i++)
            {
                int column = i % columns;
                if (column == 0)
                {
                    text.Append('\n');
                    position = 0;
                }
                else
                {
                    Indent(text, end, position + width);
                    position += width;
                }

                text.Append(names[i]);
                end = position + names[i].Length;
                width = widths[column];
            }

            text.Append('\n');
        }

        command.Out.Write(text.ToString());
    }

    /// <summary>GNU's calculate_columns: the widths of the columns of the most columns (at least 3 wide each) whose line stays within the width.</summary>
    private long[] ColumnWidths(List<string> names, bool byColumns)
    {
        int count = names.Count;
        if (Width == 0)
        {
            // no limit: one line
            var one = new long[count];
            for (int i = 0; i < count; i++)
                one[i] = names[i].Length + (i == count - 1 ? 0 : 2);
            return one;
        }

        int most = (int)Math.Min(count, Math.Max(1, Width / 3));
        var valid = new bool[most];
        var lineLengths = new long[most];
        var widths = new long[most][];
        for (int i = 0; i < most; i++)
        {
            valid[i] = true;
            lineLengths[i] = (i + 1) * 3L;
            widths[i] = new long[i + 1];
            Array.Fill(widths[i], 3L);
        }

        for (int file = 0; file < count; file++)
        {
            long length = names[file].Length;
            for (int i = 0; i < most; i++)
            {
                if (!valid[i])
                    continue;
                int column = byColumns ? file / ((count + i) / (i + 1)) : file % (i + 1);
                long wanted = length + (column == i ? 0 : 2);
                if (widths[i][column] < wanted)
                {
                    lineLengths[i] += wanted - widths[i][column];
                    widths[i][column] = wanted;
                    valid[i] = lineLengths[i] < Width;
                }
            }
        }

        int columns = most;
        while (columns > 1 && !valid[columns - 1])
            columns--;
        return widths[columns - 1];
    }

    /// <summary>Pads from column <paramref name="from"/> to <paramref name="to"/>: a tab wherever one reaches a tab stop short of or at <paramref name="to"/>, else spaces (only spaces on a line of no limit, -w0, as GNU's).</summary>
    private void Indent(StringBuilder text, long from, long to)
    {
        while (from < to)
        {
            if (TabSize != 0 && Width != 0 && to / TabSize > (from + 1) / TabSize)
            {
                text.Append('\t');
                from += TabSize - from % TabSize;
            }
            else
            {
                text.Append(' ');
                from++;
            }
        }
    }

    /// <summary>-F's, -p's or --file-type's mark for a file of <paramref name="mode"/>: / for a directory, * for an executable file (-F only), @ for a link, | for a FIFO, = for a socket (not with -p).</summary>
    public void AppendIndicator(StringBuilder line, int mode)
    {
        if (Indicators == NoIndicators)
            return;
        int type = FileModeBits.TypeOf(mode);
        if (type == FileModeBits.Regular)
        {
            if (Indicators == Classify && (mode & 0x49) != 0)
                line.Append('*');
        }
        else if (type == FileModeBits.Directory)
        {
            line.Append('/');
        }
        else if (Indicators != Slash)
        {
            if (type == FileModeBits.SymbolicLink)
                line.Append('@');
            else if (type == FileModeBits.Fifo)
                line.Append('|');
            else if (type == 0xC000)
                line.Append('=');
        }
    }

    /// <summary>The time -l shows and -t sorts by.</summary>
    public long TimeOf(in FileStatus status) => Time == AccessTime ? status.AccessTime : Time == ChangeTime ? status.ChangeTime : status.ModifyTime;

    private void SortEntries(List<Entry> entries)
    {
        if (Sort != Unsorted)
            entries.Sort(Compare);
    }

    /// <summary>GNU's orders: newest, largest first; ties by name; -r reverses all but --group-directories-first.</summary>
    private int Compare(Entry a, Entry b)
    {
        if (DirectoriesFirst)
        {
            bool aDirectory = IsDirectoryOrLinkToOne(a), bDirectory = IsDirectoryOrLinkToOne(b);
            if (aDirectory != bDirectory)
                return aDirectory ? -1 : 1;
        }

        int order = Sort switch
        {
            ByTime => TimeOf(b.Status).CompareTo(TimeOf(a.Status)),
            BySize => b.Status.SizeInBytes.CompareTo(a.Status.SizeInBytes),
            ByExtension => Math.Sign(string.CompareOrdinal(Extension(a.Name), Extension(b.Name))),
            ByWidth => a.Name.Length.CompareTo(b.Name.Length),
            _ => 0,
        };
        if (order == 0)
            order = Math.Sign(string.CompareOrdinal(a.Name, b.Name));
        return Reverse ? -order : order;
    }

    private static string Extension(string name)
    {
        int dot = name.LastIndexOf('.');
        return dot < 0 ? "" : name.Substring(dot);
    }

    private static bool IsDirectoryOrLinkToOne(Entry entry)
    {
        int type = FileModeBits.TypeOf(entry.Status.Mode);
        if (type == FileModeBits.SymbolicLink && Sys.Stat(entry.Path, out FileStatus target) == 0)
            type = FileModeBits.TypeOf(target.Mode);
        return type == FileModeBits.Directory;
    }
}

/// <summary>A name to list: as shown, as reached, and its status (of the link itself for a link).</summary>
/// <param name="Name">The name as shown.</param>
/// <param name="Path">The path to it.</param>
/// <param name="Status">Its status.</param>
internal sealed record Entry(string Name, string Path, FileStatus Status);
