namespace Minix.Posix.Abi;

/// <summary>c_iflag, with NetBSD's (MINIX's) values. The terminal acts on <see cref="Strip"/>, <see cref="MapNewline"/>,
/// <see cref="IgnoreCarriageReturn"/> and <see cref="MapCarriageReturn"/>; the others are kept as set.</summary>
[Flags]
public enum TerminalInputFlags : uint
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>IGNBRK.</summary>
    IgnoreBreak = 0x1,

    /// <summary>BRKINT.</summary>
    BreakInterrupts = 0x2,

    /// <summary>IGNPAR.</summary>
    IgnoreParityErrors = 0x4,

    /// <summary>PARMRK.</summary>
    MarkParity = 0x8,

    /// <summary>INPCK.</summary>
    CheckParity = 0x10,

    /// <summary>ISTRIP: clear the eighth bit of every input byte.</summary>
    Strip = 0x20,

    /// <summary>INLCR: read NL as CR.</summary>
    MapNewline = 0x40,

    /// <summary>IGNCR: drop CR.</summary>
    IgnoreCarriageReturn = 0x80,

    /// <summary>ICRNL: read CR as NL (what the Enter key sends becomes a line's end).</summary>
    MapCarriageReturn = 0x100,

    /// <summary>IXON: ^S and ^Q stop and restart output (not acted on).</summary>
    FlowControl = 0x200,

    /// <summary>IXOFF.</summary>
    InputFlowControl = 0x400,

    /// <summary>IXANY.</summary>
    AnyRestarts = 0x800,

    /// <summary>IMAXBEL.</summary>
    BellWhenFull = 0x2000,
}

/// <summary>c_oflag, with NetBSD's values. The terminal acts on all of them.</summary>
[Flags]
public enum TerminalOutputFlags : uint
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>OPOST: process output at all.</summary>
    PostProcess = 0x1,

    /// <summary>ONLCR: write NL as CR NL.</summary>
    MapNewline = 0x2,

    /// <summary>OXTABS: write a tab as spaces to the next multiple of 8.</summary>
    ExpandTabs = 0x4,

    /// <summary>OCRNL: write CR as NL.</summary>
    MapCarriageReturn = 0x10,
}

/// <summary>c_cflag, with NetBSD's values. Kept as set: a terminal line here is always 8 data bits, no parity.</summary>
[Flags]
public enum TerminalControlFlags : uint
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>CSIZE: the mask of the character size.</summary>
    SizeMask = 0x300,

    /// <summary>CS8: 8 data bits.</summary>
    EightBits = 0x300,

    /// <summary>CSTOPB: two stop bits.</summary>
    TwoStopBits = 0x400,

    /// <summary>CREAD: the receiver is on.</summary>
    Read = 0x800,

    /// <summary>PARENB: parity on.</summary>
    Parity = 0x1000,

    /// <summary>PARODD: odd parity.</summary>
    OddParity = 0x2000,

    /// <summary>HUPCL: hang up on the last close.</summary>
    HangUpOnClose = 0x4000,

    /// <summary>CLOCAL: ignore modem status lines.</summary>
    Local = 0x8000,
}

/// <summary>c_lflag, with NetBSD's values.</summary>
[Flags]
public enum TerminalLocalFlags : uint
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>ECHOKE: the kill character erases the line on the screen.</summary>
    EchoKillErase = 0x1,

    /// <summary>ECHOE: the erase character erases on the screen (backspace, space, backspace).</summary>
    EchoErase = 0x2,

    /// <summary>ECHOK: a newline after the kill character (without <see cref="EchoKillErase"/>).</summary>
    EchoKill = 0x4,

    /// <summary>ECHO: echo input.</summary>
    Echo = 0x8,

    /// <summary>ECHONL: echo NL even without <see cref="Echo"/>.</summary>
    EchoNewline = 0x10,

    /// <summary>ECHOCTL: echo control characters as ^X.</summary>
    EchoControl = 0x40,

    /// <summary>ISIG: the interrupt and quit characters send signals.</summary>
    Signals = 0x80,

    /// <summary>ICANON: canonical input, a line at a time with erase and kill.</summary>
    Canonical = 0x100,

    /// <summary>IEXTEN: word erase, reprint and literal-next.</summary>
    Extended = 0x400,

    /// <summary>TOSTOP (no job control: kept, not acted on).</summary>
    StopBackgroundOutput = 0x400000,

    /// <summary>NOFLSH: a signal character does not flush the input.</summary>
    NoFlush = 0x80000000,
}
