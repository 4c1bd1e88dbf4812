using System.Text;

namespace Minix.Commands.Ls;

/// <summary>
/// -C (down the columns) and -x (along the rows) as GNU's print_many_per_line and print_horizontal: as many
/// columns as fit the width, each as wide as its widest name and two spaces, padded with tabs where a tab stop
/// lies within the padding.
/// </summary>
internal static class ColumnLayout
{
    /// <summary>The lines for <paramref name="names"/> within <paramref name="width"/> (0: no limit), tab stops every <paramref name="tabSize"/> (0: none).</summary>
    public static string Lines(List<string> names, bool byColumns, long width, long tabSize)
    {
        long[] widths = ColumnWidths(names, byColumns, width);
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
                    Indent(text, end, position + widths[column], width, tabSize);
                    position += widths[column];
                }

                text.Append('\n');
            }
        }
        else
        {
            long position = 0;
            text.Append(names[0]);
            long end = names[0].Length, columnWidth = widths[0];
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
                    Indent(text, end, position + columnWidth, width, tabSize);
                    position += columnWidth;
                }

                text.Append(names[i]);
                end = position + names[i].Length;
                columnWidth = widths[column];
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>GNU's calculate_columns: the widths of the columns of the most columns (at least 3 wide each) whose line stays within the width.</summary>
    private static long[] ColumnWidths(List<string> names, bool byColumns, long width)
    {
        int count = names.Count;
        if (width == 0)
        {
            // no limit: one line
            var one = new long[count];
            for (int i = 0; i < count; i++)
                one[i] = names[i].Length + (i == count - 1 ? 0 : 2);
            return one;
        }

        int most = (int)Math.Min(count, Math.Max(1, width / 3));
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
                    valid[i] = lineLengths[i] < width;
                }
            }
        }

        int columns = most;
        while (columns > 1 && !valid[columns - 1])
            columns--;
        return widths[columns - 1];
    }

    /// <summary>Pads from column <paramref name="from"/> to <paramref name="to"/>: a tab wherever one reaches a tab stop short of or at <paramref name="to"/>, else spaces (only spaces on a line of no limit, -w0, as GNU's).</summary>
    private static void Indent(StringBuilder text, long from, long to, long width, long tabSize)
    {
        while (from < to)
        {
            if (tabSize != 0 && width != 0 && to / tabSize > (from + 1) / tabSize)
            {
                text.Append('\t');
                from += tabSize - from % tabSize;
            }
            else
            {
                text.Append(' ');
                from++;
            }
        }
    }
}
