using System.Text;

namespace Minix.Build.Qemu;

/// <summary>The VGA colour text screen's memory: 80x25 cells of a character (code page 437) and an attribute at 0xB8000.</summary>
public static class VgaText
{
    /// <summary>The physical address of the first cell.</summary>
    public const ulong Address = 0xB8000;

    /// <summary>Columns.</summary>
    public const int Columns = 80;

    /// <summary>Rows.</summary>
    public const int Height = 25;

    /// <summary>The screen's rows as text: ASCII characters as they are, others as '?', trailing blanks removed.</summary>
    /// <param name="cells">The cells (2 bytes each), at least <see cref="Columns"/> x <see cref="Height"/>.</param>
    /// <returns>The rows.</returns>
    public static string[] Text(ReadOnlySpan<byte> cells)
    {
        var rows = new string[Height];
        var row = new StringBuilder(Columns);
        for (int r = 0; r < Height; r++)
        {
            row.Clear();
            for (int c = 0; c < Columns; c++)
            {
                byte b = cells[((r * Columns) + c) * 2];
                row.Append(b is >= 0x20 and < 0x7F ? (char)b : b == 0 ? ' ' : '?');
            }

            rows[r] = row.ToString().TrimEnd();
        }

        return rows;
    }
}
