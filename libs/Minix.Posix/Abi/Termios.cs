using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Minix.Posix.Abi;

/// <summary>
/// A terminal's settings, as tcgetattr(3) reads and tcsetattr(3) writes them: MINIX's <c>struct termios</c>, which is
/// NetBSD's, 44 bytes: four 32-bit flag words, 20 control characters, the input and output speeds. The flag values
/// and the control-character indices are NetBSD's too (<see cref="TerminalInputFlags"/> ...,
/// <see cref="ControlCharacter"/>), so the request codes that carry it (<see cref="TerminalControl"/>) are NetBSD's.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = Size)]
public struct Termios
{
    /// <summary>The size of the structure in bytes.</summary>
    public const int Size = 44;

    /// <summary>NCCS: the number of control characters.</summary>
    public const int ControlCharacterCount = 20;

    /// <summary>_POSIX_VDISABLE: a control character set to this value is switched off.</summary>
    public const byte Disabled = 0xFF;

    /// <summary>c_iflag.</summary>
    [FieldOffset(0)] public TerminalInputFlags InputFlags;

    /// <summary>c_oflag.</summary>
    [FieldOffset(4)] public TerminalOutputFlags OutputFlags;

    /// <summary>c_cflag.</summary>
    [FieldOffset(8)] public TerminalControlFlags ControlFlags;

    /// <summary>c_lflag.</summary>
    [FieldOffset(12)] public TerminalLocalFlags LocalFlags;

    /// <summary>c_cc, indexed by <see cref="ControlCharacter"/>.</summary>
    [FieldOffset(16)] public ControlCharacters Characters;

    /// <summary>c_ispeed, in bits per second.</summary>
    [FieldOffset(36)] public int InputSpeed;

    /// <summary>c_ospeed, in bits per second.</summary>
    [FieldOffset(40)] public int OutputSpeed;

    /// <summary>
    /// What a terminal starts with and returns to when its last user closes it: canonical input with echo, erase
    /// (DEL), kill (^U), word erase (^W), ^C and ^\ as signals, ^D as end of file; CR read as NL; NL written as CR NL;
    /// 8 data bits at 115200 bits per second. MINIX's defaults, but erase is DEL (what terminals send for Backspace)
    /// and flow control (IXON) is off, so a stray ^S in binary input cannot stop the output.
    /// </summary>
    /// <returns>The settings.</returns>
    public static Termios Defaults()
    {
        var t = new Termios
        {
            InputFlags = TerminalInputFlags.MapCarriageReturn,
            OutputFlags = TerminalOutputFlags.PostProcess | TerminalOutputFlags.MapNewline,
            ControlFlags = TerminalControlFlags.Read | TerminalControlFlags.EightBits | TerminalControlFlags.HangUpOnClose,
            LocalFlags = TerminalLocalFlags.Echo | TerminalLocalFlags.EchoErase | TerminalLocalFlags.EchoKill | TerminalLocalFlags.EchoKillErase
                | TerminalLocalFlags.EchoControl | TerminalLocalFlags.Canonical | TerminalLocalFlags.Signals | TerminalLocalFlags.Extended,
            InputSpeed = 115200,
            OutputSpeed = 115200,
        };
        for (int i = 0; i < ControlCharacterCount; i++)
            t.Characters[i] = Disabled;
        t.Characters[ControlCharacter.EndOfFile] = 0x04;      // ^D
        t.Characters[ControlCharacter.Erase] = 0x7F;          // DEL
        t.Characters[ControlCharacter.WordErase] = 0x17;      // ^W
        t.Characters[ControlCharacter.Kill] = 0x15;           // ^U
        t.Characters[ControlCharacter.Reprint] = 0x12;        // ^R
        t.Characters[ControlCharacter.Interrupt] = 0x03;      // ^C
        t.Characters[ControlCharacter.Quit] = 0x1C;           // ^\
        t.Characters[ControlCharacter.Suspend] = 0x1A;        // ^Z (kept, never acted on: no job control)
        t.Characters[ControlCharacter.Start] = 0x11;          // ^Q
        t.Characters[ControlCharacter.Stop] = 0x13;           // ^S
        t.Characters[ControlCharacter.LiteralNext] = 0x16;    // ^V
        t.Characters[ControlCharacter.Minimum] = 1;
        t.Characters[ControlCharacter.Time] = 0;
        return t;
    }

    /// <summary>cfmakeraw(3): no input or output processing, no echo, no signals, one byte at a time.</summary>
    public void MakeRaw()
    {
        InputFlags &= ~(TerminalInputFlags.IgnoreBreak | TerminalInputFlags.BreakInterrupts | TerminalInputFlags.MarkParity | TerminalInputFlags.Strip
            | TerminalInputFlags.MapNewline | TerminalInputFlags.IgnoreCarriageReturn | TerminalInputFlags.MapCarriageReturn | TerminalInputFlags.FlowControl);
        OutputFlags &= ~TerminalOutputFlags.PostProcess;
        LocalFlags &= ~(TerminalLocalFlags.Echo | TerminalLocalFlags.EchoNewline | TerminalLocalFlags.Canonical | TerminalLocalFlags.Signals | TerminalLocalFlags.Extended);
        ControlFlags &= ~(TerminalControlFlags.SizeMask | TerminalControlFlags.Parity);
        ControlFlags |= TerminalControlFlags.EightBits;
        Characters[ControlCharacter.Minimum] = 1;
        Characters[ControlCharacter.Time] = 0;
    }

    /// <summary>The structure as bytes (for a copy through a grant).</summary>
    /// <param name="termios">The settings.</param>
    /// <returns>Its 44 bytes.</returns>
    public static Span<byte> AsBytes(ref Termios termios) => MemoryMarshal.AsBytes(MemoryMarshal.CreateSpan(ref termios, 1));
}

/// <summary>c_cc: the <see cref="Termios.ControlCharacterCount"/> control characters.</summary>
[InlineArray(Termios.ControlCharacterCount)]
public struct ControlCharacters
{
    private byte _element0;
}

/// <summary>The indices of c_cc (NetBSD's <c>VEOF</c> ... <c>VSTATUS</c>).</summary>
public static class ControlCharacter
{
    /// <summary>VEOF: ends a line without a newline; on an empty line, end of file.</summary>
    public const int EndOfFile = 0;

    /// <summary>VEOL: an extra end-of-line character.</summary>
    public const int EndOfLine = 1;

    /// <summary>VEOL2: a second extra end-of-line character.</summary>
    public const int EndOfLine2 = 2;

    /// <summary>VERASE: erases the character before the cursor.</summary>
    public const int Erase = 3;

    /// <summary>VWERASE: erases the word before the cursor (with <see cref="TerminalLocalFlags.Extended"/>).</summary>
    public const int WordErase = 4;

    /// <summary>VKILL: erases the whole line.</summary>
    public const int Kill = 5;

    /// <summary>VREPRINT: prints the line typed so far again (with <see cref="TerminalLocalFlags.Extended"/>).</summary>
    public const int Reprint = 6;

    /// <summary>VINTR: sends SIGINT.</summary>
    public const int Interrupt = 8;

    /// <summary>VQUIT: sends SIGQUIT.</summary>
    public const int Quit = 9;

    /// <summary>VSUSP: would send SIGTSTP; Minix# has no job control, so it is an ordinary character.</summary>
    public const int Suspend = 10;

    /// <summary>VSTART: resumes output (not acted on: no flow control).</summary>
    public const int Start = 12;

    /// <summary>VSTOP: stops output (not acted on: no flow control).</summary>
    public const int Stop = 13;

    /// <summary>VLNEXT: the next character is taken literally (with <see cref="TerminalLocalFlags.Extended"/>).</summary>
    public const int LiteralNext = 14;

    /// <summary>VMIN: in raw mode, the bytes a read waits for.</summary>
    public const int Minimum = 16;

    /// <summary>VTIME: in raw mode, the read timer in tenths of a second.</summary>
    public const int Time = 17;
}
