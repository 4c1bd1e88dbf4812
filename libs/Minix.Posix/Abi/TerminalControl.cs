namespace Minix.Posix.Abi;

/// <summary>
/// The ioctl(2) request codes of terminals, NetBSD's (MINIX's) numbers. A code says which way its data goes and how
/// many bytes it has (<see cref="IoctlCode"/>), so the virtual file system grants the driver exactly that. (Constants,
/// so drivers can switch on them; a test checks each against <see cref="IoctlCode"/>.)
/// </summary>
public static class TerminalControl
{
    /// <summary>TIOCGETA: read the <see cref="Termios"/> (tcgetattr).</summary>
    public const uint GetAttributes = 0x402C7413;

    /// <summary>TIOCSETA: set the <see cref="Termios"/> now (tcsetattr TCSANOW).</summary>
    public const uint SetAttributes = 0x802C7414;

    /// <summary>TIOCSETAW: set it once the output is sent (TCSADRAIN).</summary>
    public const uint SetAttributesDrain = 0x802C7415;

    /// <summary>TIOCSETAF: set it once the output is sent, dropping unread input (TCSAFLUSH).</summary>
    public const uint SetAttributesFlush = 0x802C7416;

    /// <summary>TIOCSWINSZ: set the <see cref="WindowSize"/>; the foreground gets SIGWINCH.</summary>
    public const uint SetWindowSize = 0x80087467;

    /// <summary>TIOCGWINSZ: read the <see cref="WindowSize"/>.</summary>
    public const uint GetWindowSize = 0x40087468;

    /// <summary>TIOCSPGRP (tcsetpgrp): no job control, so ENOTTY, as MINIX.</summary>
    public const uint SetProcessGroup = 0x80047476;

    /// <summary>TIOCGPGRP (tcgetpgrp): ENOTTY, as MINIX.</summary>
    public const uint GetProcessGroup = 0x40047477;

    /// <summary>FIONREAD: the bytes a read could take now (a 32-bit integer).</summary>
    public const uint BytesReadable = 0x4004667F;
}

/// <summary>
/// tcsetattr's <c>optional_actions</c>: when new settings take effect.
/// </summary>
public enum TerminalChange
{
    /// <summary>TCSANOW.</summary>
    Now = 0,

    /// <summary>TCSADRAIN: after the output written so far.</summary>
    Drain = 1,

    /// <summary>TCSAFLUSH: after the output written so far, and unread input is dropped.</summary>
    Flush = 2,
}

/// <summary>
/// How an ioctl request code is made (NetBSD's <c>_IOR</c>/<c>_IOW</c>): bit 31 "the driver reads the caller's
/// data", bit 30 "the driver writes it", bits 16-28 its size, bits 8-15 a group letter, bits 0-7 the number.
/// </summary>
public static class IoctlCode
{
    /// <summary>IOC_IN: the driver reads the caller's data.</summary>
    public const uint InBit = 0x80000000;

    /// <summary>IOC_OUT: the driver writes the caller's data.</summary>
    public const uint OutBit = 0x40000000;

    /// <summary>IOCPARM_MASK: the largest data size a code can carry.</summary>
    public const int MaxSize = 0x1FFF;

    /// <summary>_IOR: a request whose data the driver writes.</summary>
    /// <param name="group">The group letter.</param>
    /// <param name="number">The number in the group.</param>
    /// <param name="size">The data's size.</param>
    /// <returns>The code.</returns>
    public static uint Out(char group, int number, int size) => OutBit | Make(group, number, size);

    /// <summary>_IOW: a request whose data the driver reads.</summary>
    /// <param name="group">The group letter.</param>
    /// <param name="number">The number in the group.</param>
    /// <param name="size">The data's size.</param>
    /// <returns>The code.</returns>
    public static uint In(char group, int number, int size) => InBit | Make(group, number, size);

    /// <summary>The data size <paramref name="code"/> carries.</summary>
    /// <param name="code">A request code.</param>
    /// <returns>Bytes.</returns>
    public static int Size(uint code) => (int)((code >> 16) & MaxSize);

    /// <summary>Whether the driver reads the caller's data.</summary>
    /// <param name="code">A request code.</param>
    /// <returns>True for IOC_IN.</returns>
    public static bool DriverReads(uint code) => (code & InBit) != 0;

    /// <summary>Whether the driver writes the caller's data.</summary>
    /// <param name="code">A request code.</param>
    /// <returns>True for IOC_OUT.</returns>
    public static bool DriverWrites(uint code) => (code & OutBit) != 0;

    private static uint Make(char group, int number, int size) => ((uint)(size & MaxSize) << 16) | ((uint)(byte)group << 8) | (byte)number;
}

/// <summary><c>struct winsize</c>: a terminal's size in characters (and pixels, unused), 8 bytes.</summary>
public struct WindowSize
{
    /// <summary>The size of the structure in bytes.</summary>
    public const int Size = 8;

    /// <summary>ws_row.</summary>
    public ushort Rows;

    /// <summary>ws_col.</summary>
    public ushort Columns;

    /// <summary>ws_xpixel.</summary>
    public ushort Width;

    /// <summary>ws_ypixel.</summary>
    public ushort Height;
}
