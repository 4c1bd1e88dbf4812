using System.Text;
using Minix.Commands.Libc;

namespace Minix.Commands.Ls;

/// <summary>
/// Writes a group of entries (the files named on the command line, or one directory's): the "total" line, then
/// each entry with its inode and block count in columns, in the long format or laid out one a line, in columns,
/// in rows or with commas.
/// </summary>
internal sealed class EntryPrinter(Command command, Settings settings)
{
    /// <summary>Writes <paramref name="entries"/>, with a "total" line for a directory's, the columns as wide as <paramref name="measured"/>'s widest.</summary>
    public void Print(List<Entry> entries, bool total, List<Entry> measured)
    {
        if (total && (settings.Long || settings.Blocks))
        {
            long blocks = 0;
            foreach (Entry entry in entries)
                blocks += entry.Status.Blocks;
            command.Out.Write("total " + BlockCounts.Blocks(blocks, settings.BlockSizes) + "\n");
        }

        int inodeWidth = 0, blockWidth = 0;
        foreach (Entry entry in measured)
        {
            if (!entry.Known)
                continue;
            if (settings.Inodes)
                inodeWidth = Math.Max(inodeWidth, entry.Status.Inode.ToString().Length);
            if (settings.Blocks)
                blockWidth = Math.Max(blockWidth, BlockCounts.Blocks(entry.Status.Blocks, settings.BlockSizes).Length);
        }

        // -m sets the numbers in no column
        if (!settings.Long && settings.Layout == Settings.Commas)
            inodeWidth = blockWidth = 0;
        LongFormat? format = settings.Long ? new LongFormat(settings, measured) : null;
        var names = new List<string>();
        foreach (Entry entry in entries)
        {
            var line = new StringBuilder();
            // a status not known (a link -L cannot follow) has "?" for each number
            if (settings.Inodes)
                line.Append((entry.Known ? entry.Status.Inode.ToString() : "?").PadLeft(inodeWidth)).Append(' ');
            if (settings.Blocks)
                line.Append((entry.Known ? BlockCounts.Blocks(entry.Status.Blocks, settings.BlockSizes) : "?").PadLeft(blockWidth)).Append(' ');
            if (format is not null)
            {
                format.Append(line, entry);
            }
            else
            {
                line.Append(entry.Name);
                TypeIndicators.Append(line, entry.Status.Mode, settings.Indicators);
            }

            if (settings.Long || settings.Layout == Settings.OnePerLine)
                command.Out.Write(line.Append('\n').ToString());
            else
                names.Add(line.ToString());
        }

        if (names.Count == 0)
            return;
        command.Out.Write(settings.Layout == Settings.Commas
            ? CommaLayout.Lines(names, settings.Width)
            : ColumnLayout.Lines(names, settings.Layout == Settings.Columns, settings.Width, settings.TabSize));
    }
}
