using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Minix.Servers.Tty;

/// <summary>
/// The VGA text screen, 80 columns by 25 rows of 16-bit cells (character, attribute) at physical 0xB8000, mapped into
/// the terminal server with SYS_MAPPHYS (system.conf: <c>mem b8000:8000</c>), with the hardware cursor set through the
/// CRT controller's ports 0x3D4/0x3D5. It understands CR, LF, BS, TAB and BEL, wraps at the right margin, scrolls by
/// copying the rows up, and takes the few ANSI sequences a shell and its tools send: cursor moves
/// (<c>ESC[nA/B/C/D</c>, <c>ESC[r;cH</c>), erase (<c>ESC[J</c>, <c>ESC[2J</c>, <c>ESC[K</c>) and reverse video
/// (<c>ESC[7m</c>, <c>ESC[0m</c>). A UTF-8 character outside ASCII is shown as one block (the screen's font is code
/// page 437).
/// </summary>
internal sealed unsafe class VgaScreen
{
    /// <summary>Text memory's physical address.</summary>
    public const ulong TextMemory = 0xB8000;

    /// <summary>The range system.conf grants (32 KiB, the colour text window).</summary>
    public const ulong TextMemoryLength = 0x8000;

    /// <summary>Columns.</summary>
    public const int Width = 80;

    /// <summary>Rows.</summary>
    public const int Height = 25;

    private const ushort CrtcIndex = 0x3D4;
    private const ushort CrtcData = 0x3D5;
    private const byte Normal = 0x07;
    private const byte Reverse = 0x70;
    private const byte Unknown = 0xFE; // a small block in code page 437

    private ushort* _cells;
    private int _row;
    private int _column;
    private byte _attribute = Normal;
    private int _escape;          // 0: none; 1: after ESC; 2: in a CSI sequence
    private int _parameterCount;
    private int _parameter0;
    private int _parameter1;

    /// <summary>Where the cursor is (row, column), for tests.</summary>
    public (int Row, int Column) Cursor => (_row, _column);

    /// <summary>Maps text memory and clears the screen.</summary>
    /// <returns><see cref="Status.Ok"/>, or why the memory could not be mapped (the PC console is then absent).</returns>
    public Status Start()
    {
        Status status = Sys.MapPhysical(TextMemory, TextMemoryLength, writable: true, out ulong address);
        if (status != Status.Ok)
            return status;
        _cells = (ushort*)address;
        ClearRows(0, Height);
        _row = _column = 0;
        UpdateCursor();
        return Status.Ok;
    }

    /// <summary>Shows one byte of output.</summary>
    /// <param name="b">The byte.</param>
    public void Put(byte b)
    {
        if (_escape != 0)
        {
            Escape(b);
            return;
        }

        switch (b)
        {
            case (byte)'\r':
                _column = 0;
                return;
            case (byte)'\n':
                LineFeed();
                return;
            case 0x08:
                if (_column > 0)
                    _column = Math.Min(_column, Width) - 1;
                return;
            case (byte)'\t':
                do
                    Show((byte)' ');
                while (_column % 8 != 0 && _column < Width);
                return;
            case 0x1B:
                _escape = 1;
                return;
            case 0x07:
                return; // no speaker here
        }

        if (b < 0x20 || b == 0x7F || (b >= 0x80 && b < 0xC0))
            return; // other control characters, and UTF-8 continuation bytes (their lead byte was shown)
        Show(b >= 0xC0 ? Unknown : b);
    }

    /// <summary>Moves the hardware cursor to where the next character goes (once per burst of output: four port writes in one SYS_VDEVIO).</summary>
    public void UpdateCursor()
    {
        int at = (_row * Width) + Math.Min(_column, Width - 1);
        var crtc = new PortBatch(PortAccess.Output | PortAccess.Byte);
        crtc.Add(CrtcIndex, 0x0E).Add(CrtcData, (byte)(at >> 8)).Add(CrtcIndex, 0x0F).Add(CrtcData, (byte)at);
        crtc.Run();
    }

    private void Show(byte b)
    {
        if (_column >= Width)
        {
            _column = 0;
            LineFeed();
        }

        _cells[(_row * Width) + _column] = (ushort)(b | (_attribute << 8));
        _column++;
    }

    private void LineFeed()
    {
        if (_row < Height - 1)
        {
            _row++;
            return;
        }

        Buffer.MemoryCopy(_cells + Width, _cells, Width * (Height - 1) * 2, Width * (Height - 1) * 2);
        ClearRows(Height - 1, 1);
    }

    private void ClearRows(int first, int count) => Clear(first * Width, count * Width);

    private void Clear(int from, int cells)
    {
        for (int i = 0; i < cells; i++)
            _cells[from + i] = (ushort)(' ' | (Normal << 8));
    }

    /// <summary>The ANSI subset: ESC [ params final.</summary>
    private void Escape(byte b)
    {
        if (_escape == 1)
        {
            _escape = b == (byte)'[' ? 2 : 0;
            _parameterCount = _parameter0 = _parameter1 = 0;
            return;
        }

        if (b >= (byte)'0' && b <= (byte)'9')
        {
            if (_parameterCount == 0)
                _parameterCount = 1;
            if (_parameterCount == 1)
                _parameter0 = Math.Min(999, (_parameter0 * 10) + (b - '0'));
            else
                _parameter1 = Math.Min(999, (_parameter1 * 10) + (b - '0'));
            return;
        }

        if (b == (byte)';')
        {
            _parameterCount = _parameterCount == 0 ? 2 : _parameterCount + 1;
            return;
        }

        if (b < 0x40 || b > 0x7E)
            return; // intermediate bytes: keep reading
        _escape = 0;
        int n = Math.Max(1, _parameter0);
        switch (b)
        {
            case (byte)'A': _row = Math.Max(0, _row - n); break;
            case (byte)'B': _row = Math.Min(Height - 1, _row + n); break;
            case (byte)'C': _column = Math.Min(Width - 1, _column + n); break;
            case (byte)'D': _column = Math.Max(0, Math.Min(_column, Width) - n); break;
            case (byte)'H':
            case (byte)'f':
                _row = Math.Clamp(Math.Max(1, _parameter0) - 1, 0, Height - 1);
                _column = Math.Clamp(Math.Max(1, _parameter1) - 1, 0, Width - 1);
                break;
            case (byte)'J':
                int at = (_row * Width) + Math.Min(_column, Width - 1);
                if (_parameter0 == 2)
                    ClearRows(0, Height);
                else if (_parameter0 == 1)
                    Clear(0, at + 1);
                else
                    Clear(at, (Width * Height) - at);
                break;
            case (byte)'K':
                int column = Math.Min(_column, Width - 1);
                if (_parameter0 == 2)
                    Clear(_row * Width, Width);
                else if (_parameter0 == 1)
                    Clear(_row * Width, column + 1);
                else
                    Clear((_row * Width) + column, Width - column);
                break;
            case (byte)'m':
                _attribute = _parameter0 == 7 ? Reverse : Normal;
                break;
        }
    }
}
