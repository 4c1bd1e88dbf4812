using Minix.Commands.Libc;

namespace Minix.Commands.Grep;

/// <summary>
/// The search of one file's bytes, and what it prints: the selected lines (or only their matches, -o) with their
/// context, a count (-c), the file's name (-l, -L), or for a binary file that it matches. What happened across all the
/// files is kept for the exit status.
/// </summary>
internal sealed class FileSearch(Command command, Settings settings, LineSearch search)
{
    private readonly List<ArraySegment<byte>> _lines = new();
    private readonly ContextWindow _context = new(settings.Before, settings.After, settings.ContextGiven, settings.Separator);

    /// <summary>The prefix of output lines; its <see cref="OutputPrefix.Names"/> may change as operands turn out to be directories.</summary>
    public OutputPrefix Prefix { get; } = new(command.Out)
    {
        Names = settings.WithNames,
        LineNumbers = settings.LineNumbers,
        ByteOffsets = settings.ByteOffsets,
        InitialTab = settings.InitialTab,
        NullAfterName = settings.NullAfterName,
    };

    /// <summary>A line was selected in some file.</summary>
    public bool Selected { get; private set; }

    /// <summary>Nothing more is to be searched: -q has its answer.</summary>
    public bool Done => Selected && settings.Quiet;

    /// <summary>Searches one file.</summary>
    /// <param name="data">All of the file (NULs in it are turned into newlines when it is binary).</param>
    /// <param name="shown">Its name in output.</param>
    /// <param name="size">Its size if it is a regular file, else -1 (for -T's widths).</param>
    public void Search(byte[] data, string shown, long size)
    {
        Prefix.StartFile(size);
        _context.StartFile();

        // as GNU grep, a NUL ends a line of a binary file too (it matters to -c and -v)
        bool binary = settings.Binary != BinaryFiles.Text && Array.IndexOf(data, (byte)0) >= 0;
        if (binary)
        {
            for (int i = 0; i < data.Length; i++)
            {
                if (data[i] == 0)
                    data[i] = (byte)'\n';
            }
        }

        _lines.Clear();
        if (!(binary && settings.Binary == BinaryFiles.WithoutMatch))
            TextLines.Split(data, (byte)'\n', _lines);
        bool printsLines = !(settings.Quiet || settings.ListMatching || settings.ListOthers || settings.Count);
        long count = 0;
        bool binaryMatched = false;
        for (int i = 0; i < _lines.Count; i++)
        {
            // after -m's last line only trailing context is printed, selected lines among it too (as GNU grep does)
            if (count < settings.MaxCount && search.Matches(_lines[i].AsSpan()) != settings.Invert)
            {
                count++;
                Selected = true;
                if (!printsLines)
                {
                    if (settings.Count && count < settings.MaxCount)
                        continue;
                    break;
                }

                if (binary)
                {
                    binaryMatched = true;
                    break;
                }

                PrintGroup(i, shown);
                if (count == settings.MaxCount && !_context.AfterPending)
                    break;
            }
            else if (printsLines && _context.TakeAfter(i))
            {
                PrintLine(i, shown, OutputPrefix.Context);
            }
            else if (count == settings.MaxCount)
            {
                break;
            }
        }

        if (binaryMatched)
        {
            command.Out.Flush();
            Command.WriteError("grep: " + shown + ": binary file matches\n");
        }

        if (settings.Quiet)
            return;
        if (settings.Count)
        {
            if (Prefix.Names)
                Prefix.WriteName(shown, OutputPrefix.Selected);
            command.Out.WriteLine(count.ToString());
        }

        if ((settings.ListMatching && count > 0) || (settings.ListOthers && count == 0))
            Prefix.WriteName(shown, (byte)'\n');
    }

    /// <summary>Prints selected line <paramref name="line"/> after its leading context, and the group separator if it is due.</summary>
    private void PrintGroup(int line, string shown)
    {
        int start = _context.GroupStart(line, out bool separate);
        if (separate && _context.Separator is not null)
        {
            command.Out.Write(_context.Separator);
            command.Out.Write((byte)'\n');
        }

        for (int i = start; i < line; i++)
        {
            PrintLine(i, shown, OutputPrefix.Context);
            _context.PrintedBefore(i);
        }

        PrintLine(line, shown, OutputPrefix.Selected);
        _context.PrintedSelected(line);
    }

    /// <summary>Prints a line, or with -o the matches in it: a selected line's without -v, a context line's with -v.</summary>
    private void PrintLine(int index, string shown, byte separator)
    {
        ArraySegment<byte> line = _lines[index];
        if (!settings.OnlyMatching)
        {
            Prefix.Write(shown, separator, index + 1, line.Offset, line.Count);
            command.Out.Write(line.AsSpan());
            command.Out.Write((byte)'\n');
            return;
        }

        if ((separator == OutputPrefix.Selected) == settings.Invert)
            return;
        ReadOnlySpan<byte> text = line.AsSpan();
        int from = 0;
        while (search.NextMatch(text, from, out int start, out int end) && start < text.Length)
        {
            // an empty match prints nothing; the search goes on from the next byte, as GNU grep's does
            if (end == start)
            {
                from = start + 1;
                continue;
            }

            Prefix.Write(shown, separator, index + 1, line.Offset + start, end - start);
            command.Out.Write(text.Slice(start, end - start));
            command.Out.Write((byte)'\n');
            from = end;
        }
    }
}
