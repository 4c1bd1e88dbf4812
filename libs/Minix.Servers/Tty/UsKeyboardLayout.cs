namespace Minix.Servers.Tty;

/// <summary>
/// The US keyboard layout for scan-code set 1 (what the PC's keyboard controller delivers, translating the keyboard's
/// set 2): the byte each key types, without and with Shift, indexed by make code 0x00-0x58. 0 means the key types
/// nothing by itself (a modifier, a function key). Backspace types DEL and Enter CR, as a terminal does; the numeric
/// keypad types its digits and signs.
/// </summary>
internal static class UsKeyboardLayout
{
    /// <summary>The last make code the tables cover.</summary>
    public const int LastCode = 0x58;

    /// <summary>Make code of the left Shift key.</summary>
    public const byte LeftShift = 0x2A;

    /// <summary>Make code of the right Shift key.</summary>
    public const byte RightShift = 0x36;

    /// <summary>Make code of Ctrl (left; right with the E0 prefix).</summary>
    public const byte Control = 0x1D;

    /// <summary>Make code of Alt (left; right with the E0 prefix).</summary>
    public const byte Alt = 0x38;

    /// <summary>Make code of Caps Lock.</summary>
    public const byte CapsLock = 0x3A;

    /// <summary>Without Shift.</summary>
    public static ReadOnlySpan<byte> Plain =>
    [
        0, 0x1B, (byte)'1', (byte)'2', (byte)'3', (byte)'4', (byte)'5', (byte)'6', (byte)'7', (byte)'8', (byte)'9', (byte)'0', (byte)'-', (byte)'=', 0x7F, (byte)'\t',
        (byte)'q', (byte)'w', (byte)'e', (byte)'r', (byte)'t', (byte)'y', (byte)'u', (byte)'i', (byte)'o', (byte)'p', (byte)'[', (byte)']', (byte)'\r', 0, (byte)'a', (byte)'s',
        (byte)'d', (byte)'f', (byte)'g', (byte)'h', (byte)'j', (byte)'k', (byte)'l', (byte)';', (byte)'\'', (byte)'`', 0, (byte)'\\', (byte)'z', (byte)'x', (byte)'c', (byte)'v',
        (byte)'b', (byte)'n', (byte)'m', (byte)',', (byte)'.', (byte)'/', 0, (byte)'*', 0, (byte)' ', 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, (byte)'7', (byte)'8', (byte)'9', (byte)'-', (byte)'4', (byte)'5', (byte)'6', (byte)'+', (byte)'1',
        (byte)'2', (byte)'3', (byte)'0', (byte)'.', 0, 0, 0, 0, 0,
    ];

    /// <summary>With Shift.</summary>
    public static ReadOnlySpan<byte> Shifted =>
    [
        0, 0x1B, (byte)'!', (byte)'@', (byte)'#', (byte)'$', (byte)'%', (byte)'^', (byte)'&', (byte)'*', (byte)'(', (byte)')', (byte)'_', (byte)'+', 0x7F, (byte)'\t',
        (byte)'Q', (byte)'W', (byte)'E', (byte)'R', (byte)'T', (byte)'Y', (byte)'U', (byte)'I', (byte)'O', (byte)'P', (byte)'{', (byte)'}', (byte)'\r', 0, (byte)'A', (byte)'S',
        (byte)'D', (byte)'F', (byte)'G', (byte)'H', (byte)'J', (byte)'K', (byte)'L', (byte)':', (byte)'"', (byte)'~', 0, (byte)'|', (byte)'Z', (byte)'X', (byte)'C', (byte)'V',
        (byte)'B', (byte)'N', (byte)'M', (byte)'<', (byte)'>', (byte)'?', 0, (byte)'*', 0, (byte)' ', 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, (byte)'7', (byte)'8', (byte)'9', (byte)'-', (byte)'4', (byte)'5', (byte)'6', (byte)'+', (byte)'1',
        (byte)'2', (byte)'3', (byte)'0', (byte)'.', 0, 0, 0, 0, 0,
    ];

    /// <summary>
    /// The escape sequence an E0-prefixed key sends (the arrows, Home, End, Insert, Delete, Page Up/Down, as xterm),
    /// or its single byte (the keypad's Enter and slash); empty for keys that type nothing.
    /// </summary>
    /// <param name="code">The make code after E0.</param>
    /// <returns>The bytes.</returns>
    public static ReadOnlySpan<byte> Extended(byte code) => code switch
    {
        0x1C => "\r"u8,
        0x35 => "/"u8,
        0x47 => "\u001b[H"u8,
        0x48 => "\u001b[A"u8,
        0x49 => "\u001b[5~"u8,
        0x4B => "\u001b[D"u8,
        0x4D => "\u001b[C"u8,
        0x4F => "\u001b[F"u8,
        0x50 => "\u001b[B"u8,
        0x51 => "\u001b[6~"u8,
        0x52 => "\u001b[2~"u8,
        0x53 => "\u001b[3~"u8,
        _ => default,
    };
}
