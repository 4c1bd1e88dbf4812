using Minix.Kernel.Calls;
using Minix.Posix.Abi;

namespace Minix.Servers.Tty;

// The line discipline's input side (MINIX's in_process): CR and NL mapping, the signal characters, and in canonical
// mode erase, word erase, kill, reprint, literal-next and end of file, with echo. The queue holds 16-bit cells: the
// byte, the columns its echo took (so erase takes exactly those back), and whether it ends a line or is an end of
// file (a line end that is not delivered).
internal sealed partial class TerminalLine
{
    private const ushort LineEnd = 0x1000;
    private const ushort EndOfFile = 0x2000;
    private const int WidthShift = 8;

    private readonly ushort[] _cells = new ushort[InputCapacity];
    private int _head;
    private int _count;
    private int _lineEnds;
    private bool _literalNext;
    private bool _bellRung;

    /// <summary>Bytes waiting to be read (in canonical mode some may be an unfinished line).</summary>
    public int Queued => _count;

    /// <summary>
    /// Whether the line takes another byte now without losing one: not when the queue is full of lines a reader has
    /// yet to take (a serial line then holds its input back until a read makes room). A canonical line being typed
    /// that fills the queue still takes bytes: they are dropped, the line cut, until its end comes.
    /// </summary>
    public bool AcceptsInput => Has(TerminalLocalFlags.Canonical) ? _count < InputCapacity - 1 || _lineEnds == 0 : _count < InputCapacity;

    /// <summary>Takes bytes that arrived from the keyboard or the serial line, while it <see cref="AcceptsInput"/>,
    /// then completes the reads they satisfy and sends the echo.</summary>
    /// <param name="bytes">The bytes, in order.</param>
    /// <returns>How many it took (the rest must be offered again later).</returns>
    public int Input(ReadOnlySpan<byte> bytes)
    {
        int taken = 0;
        while (taken < bytes.Length && AcceptsInput)
            InputByte(bytes[taken++]);
        InputArrived();
        _device.Flush();
        return taken;
    }

    private void InputByte(byte c)
    {
        if (Has(TerminalInputFlags.Strip))
            c &= 0x7F;
        if (_literalNext)
        {
            _literalNext = false;
            if (Has(TerminalLocalFlags.Echo))
                Output(0x08); // over the '^' that stood for the pending literal
            Store(c, 0);
            return;
        }

        bool canonical = Has(TerminalLocalFlags.Canonical);
        if (canonical && Has(TerminalLocalFlags.Extended) && Is(c, ControlCharacter.LiteralNext))
        {
            _literalNext = true;
            if (Has(TerminalLocalFlags.Echo))
                Output((byte)'^');
            return;
        }

        if (c == (byte)'\r')
        {
            if (Has(TerminalInputFlags.IgnoreCarriageReturn))
                return;
            if (Has(TerminalInputFlags.MapCarriageReturn))
                c = (byte)'\n';
        }
        else if (c == (byte)'\n' && Has(TerminalInputFlags.MapNewline))
        {
            c = (byte)'\r';
        }

        if (Has(TerminalLocalFlags.Signals))
        {
            if (Is(c, ControlCharacter.Interrupt))
            {
                SignalCharacter(c, Signal.Interrupt);
                return;
            }

            if (Is(c, ControlCharacter.Quit))
            {
                SignalCharacter(c, Signal.Quit);
                return;
            }
        }

        if (canonical)
        {
            if (Is(c, ControlCharacter.Erase))
            {
                EraseCharacter(c);
                return;
            }

            if (Has(TerminalLocalFlags.Extended) && Is(c, ControlCharacter.WordErase))
            {
                EraseWord(c);
                return;
            }

            if (Is(c, ControlCharacter.Kill))
            {
                KillLine(c);
                return;
            }

            if (Has(TerminalLocalFlags.Extended) && Is(c, ControlCharacter.Reprint))
            {
                Reprint(c);
                return;
            }

            if (Is(c, ControlCharacter.EndOfFile))
            {
                Store(c, LineEnd | EndOfFile);
                return;
            }

            if (c == (byte)'\n' || Is(c, ControlCharacter.EndOfLine) || Is(c, ControlCharacter.EndOfLine2))
            {
                Store(c, LineEnd);
                return;
            }
        }

        Store(c, 0);
    }

    /// <summary>
    /// Queues a byte, echoing it. A full queue drops it: in canonical mode the line is cut one byte short of the
    /// capacity (a line end still fits) and the bell rings once for the line; in raw mode the byte is lost, as a
    /// UART's own overrun would lose it.
    /// </summary>
    private void Store(byte c, ushort flags)
    {
        bool canonical = Has(TerminalLocalFlags.Canonical);
        int limit = canonical && (flags & LineEnd) == 0 ? InputCapacity - 1 : InputCapacity;
        if (_count >= limit)
        {
            if (canonical && !_bellRung && Has(TerminalLocalFlags.Echo))
                _device.Put(0x07);
            _bellRung = true;
            return;
        }

        int width = (flags & EndOfFile) != 0 ? 0 : Echo(c);
        _cells[(_head + _count) % InputCapacity] = (ushort)(c | (width << WidthShift) | flags);
        _count++;
        if ((flags & LineEnd) != 0)
        {
            _lineEnds++;
            _bellRung = false;
            if (_reads.Count > 0)
                InputArrived(); // a waiting reader takes its line before the bytes after it arrive
        }
    }

    /// <summary>^C or ^\: the input typed ahead is dropped unless NOFLSH, the character echoed, the signal sent. Output
    /// already written still goes out (the echo of what was typed before the ^C with it).</summary>
    private void SignalCharacter(byte c, Signal signal)
    {
        if (!Has(TerminalLocalFlags.NoFlush))
            DropInput();

        Echo(c);
        Raise(signal);
    }

    /// <summary>Erases the last character of the line being typed (all the bytes of a UTF-8 character).</summary>
    private void EraseCharacter(byte c)
    {
        if (CurrentLineLength() == 0)
            return;
        int width = 0;
        ushort cell;
        do
        {
            cell = _cells[(_head + --_count) % InputCapacity];
            width += (cell >> WidthShift) & 0x0F;
        }
        while ((cell & 0xC0) == 0x80 && CurrentLineLength() > 0);
        EchoErase(c, width);
    }

    /// <summary>Erases blanks, then the word before them.</summary>
    private void EraseWord(byte c)
    {
        int width = 0;
        bool inWord = false;
        while (CurrentLineLength() > 0)
        {
            ushort cell = _cells[(_head + _count - 1) % InputCapacity];
            bool blank = (byte)cell == (byte)' ' || (byte)cell == (byte)'\t';
            if (inWord && blank)
                break;
            inWord |= !blank;
            _count--;
            width += (cell >> WidthShift) & 0x0F;
        }

        EchoErase(c, width);
    }

    /// <summary>Erases the line being typed: on the screen too with ECHOKE, else the kill character is echoed (and a newline with ECHOK).</summary>
    private void KillLine(byte c)
    {
        int width = 0;
        while (CurrentLineLength() > 0)
            width += (_cells[(_head + --_count) % InputCapacity] >> WidthShift) & 0x0F;
        if (!Has(TerminalLocalFlags.Echo))
            return;
        if (Has(TerminalLocalFlags.EchoKillErase) && Has(TerminalLocalFlags.EchoErase))
        {
            BackOver(width);
            return;
        }

        Echo(c);
        if (Has(TerminalLocalFlags.EchoKill))
            Output((byte)'\n');
    }

    /// <summary>^R: the character, a new line, and the line typed so far again.</summary>
    private void Reprint(byte c)
    {
        if (!Has(TerminalLocalFlags.Echo))
            return;
        Echo(c);
        Output((byte)'\n');
        int length = CurrentLineLength();
        for (int i = _count - length; i < _count; i++)
        {
            ref ushort cell = ref _cells[(_head + i) % InputCapacity];
            int width = Echo((byte)cell);
            cell = (ushort)((cell & ~(0x0F << WidthShift)) | (width << WidthShift));
        }
    }

    private void EchoErase(byte c, int width)
    {
        if (!Has(TerminalLocalFlags.Echo))
            return;
        if (Has(TerminalLocalFlags.EchoErase))
            BackOver(width);
        else
            Echo(c);
    }

    private void BackOver(int columns)
    {
        for (int i = 0; i < columns; i++)
        {
            Output(0x08);
            Output((byte)' ');
            Output(0x08);
        }
    }

    /// <summary>Bytes typed after the last line end (what erase and kill may take back).</summary>
    private int CurrentLineLength()
    {
        int n = 0;
        while (n < _count && (_cells[(_head + _count - 1 - n) % InputCapacity] & LineEnd) == 0)
            n++;
        return n;
    }

    private void DropInput()
    {
        _head = _count = _lineEnds = 0;
        _literalNext = _bellRung = false;
    }

    /// <summary>After a change to or from canonical mode: which queued bytes end lines is worked out again.</summary>
    private void RemarkLines()
    {
        bool canonical = Has(TerminalLocalFlags.Canonical);
        _lineEnds = 0;
        for (int i = 0; i < _count; i++)
        {
            ref ushort cell = ref _cells[(_head + i) % InputCapacity];
            byte c = (byte)cell;
            ushort flags = 0;
            if (canonical && Is(c, ControlCharacter.EndOfFile))
                flags = LineEnd | EndOfFile;
            else if (canonical && (c == (byte)'\n' || Is(c, ControlCharacter.EndOfLine) || Is(c, ControlCharacter.EndOfLine2)))
                flags = LineEnd;
            cell = (ushort)((cell & ~(LineEnd | EndOfFile)) | flags);
            if (flags != 0)
                _lineEnds++;
        }
    }
}
