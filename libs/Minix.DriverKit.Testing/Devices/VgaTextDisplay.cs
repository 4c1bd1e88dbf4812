using System.Text;

namespace Minix.DriverKit.Testing.Devices;

/// <summary>
/// A VGA colour text display: 32 KiB of text memory at 0xB8000 (80x25 cells of character and attribute) and the CRT
/// controller's index and data ports (0x3D4, 0x3D5), of which the cursor location registers (0x0E, 0x0F) are kept.
/// Tests read the screen as text (<see cref="Row"/>, <see cref="Screen"/>) and the cursor (<see cref="Cursor"/>).
/// </summary>
public sealed class VgaTextDisplay : SimulatedDevice
{
    /// <summary>Columns.</summary>
    public const int Columns = 80;

    /// <summary>Rows.</summary>
    public const int Rows = 25;

    private readonly byte[] _registers = new byte[32];
    private byte _index;

    /// <summary>Creates the display, its memory filled with what a BIOS leaves (so a test sees that it was cleared).</summary>
    public VgaTextDisplay()
        : base(0x3D4, 2, -1)
    {
        Memory = new DeviceMemory(0xB8000, 0x8000);
        for (int i = 0; i < Columns * Rows; i++)
        {
            Memory.Bytes[i * 2] = (byte)'B';
            Memory.Bytes[(i * 2) + 1] = 0x1F;
        }
    }

    /// <inheritdoc/>
    public override DeviceMemory Memory { get; }

    /// <summary>The cursor's cell (row, column), from CRTC registers 0x0E and 0x0F.</summary>
    public (int Row, int Column) Cursor
    {
        get
        {
            int at = (_registers[0x0E] << 8) | _registers[0x0F];
            return (at / Columns, at % Columns);
        }
    }

    /// <summary>One row's characters, trailing blanks removed.</summary>
    /// <param name="row">0 to 24.</param>
    /// <returns>The text.</returns>
    public string Row(int row)
    {
        var text = new StringBuilder(Columns);
        for (int column = 0; column < Columns; column++)
            text.Append((char)Memory.Bytes[((row * Columns) + column) * 2]);
        return text.ToString().TrimEnd();
    }

    /// <summary>The attribute byte of a cell.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    /// <returns>The attribute.</returns>
    public byte Attribute(int row, int column) => Memory.Bytes[(((row * Columns) + column) * 2) + 1];

    /// <summary>The whole screen, one line a row, trailing blanks and empty last rows removed.</summary>
    /// <returns>The text.</returns>
    public string Screen()
    {
        var rows = new List<string>();
        for (int row = 0; row < Rows; row++)
            rows.Add(Row(row));
        while (rows.Count > 0 && rows[^1].Length == 0)
            rows.RemoveAt(rows.Count - 1);
        return string.Join("\n", rows);
    }

    /// <inheritdoc/>
    public override uint Read(int offset, int width) => offset == 0 ? _index : _registers[_index & 0x1F];

    /// <inheritdoc/>
    public override void Write(int offset, uint value, int width)
    {
        if (offset == 0)
            _index = (byte)value;
        else
            _registers[_index & 0x1F] = (byte)value;
    }
}
