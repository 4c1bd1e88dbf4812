using System.Text;

namespace Minix.Commands.Df;

/// <summary>
/// GNU df's table: every column as wide as its widest cell (and the first at least 14, the figures at least 5, the
/// percentage at least 4), one
/// space between columns; the device name and the mount point left-aligned, the figures right-aligned, the last
/// column not padded.
/// </summary>
public static class Table
{
    /// <summary>The table as text.</summary>
    /// <param name="headings">The six headings.</param>
    /// <param name="rows">The rows, six cells each.</param>
    /// <returns>The lines, each ending in a newline.</returns>
    public static string Format(string[] headings, List<string[]> rows)
    {
        var widths = new int[headings.Length];
        for (int c = 0; c < headings.Length; c++)
        {
            widths[c] = Math.Max(headings[c].Length, c switch { 0 => 14, 4 => 4, 5 => 0, _ => 5 });
            foreach (string[] row in rows)
                widths[c] = Math.Max(widths[c], row[c].Length);
        }

        var text = new StringBuilder();
        Line(text, headings, widths);
        foreach (string[] row in rows)
            Line(text, row, widths);
        return text.ToString();
    }

    private static void Line(StringBuilder text, string[] cells, int[] widths)
    {
        for (int c = 0; c < cells.Length; c++)
        {
            bool last = c == cells.Length - 1;
            if (c > 0)
                text.Append(' ');
            if (c == 0 || last)
                text.Append(last ? cells[c] : cells[c].PadRight(widths[c]));
            else
                text.Append(cells[c].PadLeft(widths[c]));
        }

        text.Append('\n');
    }
}
