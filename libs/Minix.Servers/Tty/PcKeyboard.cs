using Minix.DriverKit;
using Minix.Ipc;

namespace Minix.Servers.Tty;

/// <summary>
/// The PC keyboard behind the 8042 controller (IRQ 1, data port 0x60, status port 0x64), in scan-code set 1, US
/// layout (<see cref="UsKeyboardLayout"/>): Shift, Ctrl (a letter becomes its control character), Alt (the key's bytes
/// after ESC, as xterm's meta) and Caps Lock; the E0-prefixed keys send xterm's escape sequences; the Pause key's E1
/// sequence is skipped. Mouse bytes (the controller's auxiliary port) are dropped.
/// </summary>
internal sealed class PcKeyboard
{
    /// <summary>The controller's data port.</summary>
    public const ushort DataPort = 0x60;

    /// <summary>The controller's status port.</summary>
    public const ushort StatusPort = 0x64;

    /// <summary>The keyboard's IRQ.</summary>
    public const int Irq = 1;

    private const byte OutputFull = 0x01;
    private const byte FromMouse = 0x20;

    private readonly byte[] _typed = new byte[64];
    private IrqLine _irq;
    private bool _leftShift;
    private bool _rightShift;
    private bool _control;
    private bool _alt;
    private bool _capsLock;
    private bool _extended;
    private int _skip;

    /// <summary>The interrupt bit the keyboard's IRQ is reported with.</summary>
    public ulong InterruptMask => _irq.Mask;

    /// <summary>Binds IRQ 1 and drops what the controller holds from before.</summary>
    /// <param name="notifyId">The bit to report it with.</param>
    /// <returns><see cref="Status.Ok"/> or the kernel's refusal.</returns>
    public Status Start(int notifyId)
    {
        Status status = _irq.Bind(Irq, notifyId);
        if (status != Status.Ok)
            return status;
        for (int i = 0; i < 16 && (DevIo.InByte(StatusPort) & OutputFull) != 0; i++)
            DevIo.InByte(DataPort);
        return Status.Ok;
    }

    /// <summary>The keyboard interrupted: every scan code the controller holds becomes the bytes it types, for <paramref name="line"/>.</summary>
    /// <param name="line">The PC console's line.</param>
    public void Service(TerminalLine line)
    {
        int n = 0;
        for (int guard = 0; guard < 64; guard++)
        {
            byte status = DevIo.InByte(StatusPort);
            if ((status & OutputFull) == 0)
                break;
            byte code = DevIo.InByte(DataPort);
            if ((status & FromMouse) != 0)
                continue;
            if (n > _typed.Length - 8)
            {
                line.Input(_typed.AsSpan(0, n));
                n = 0;
            }

            n += Decode(code, _typed.AsSpan(n, _typed.Length - n));
        }

        if (n > 0)
            line.Input(_typed.AsSpan(0, n));
        _irq.Enable();
    }

    /// <summary>One scan code: updates the modifiers, or writes what the key types into <paramref name="into"/> (at least 8 bytes).</summary>
    /// <param name="code">The scan code.</param>
    /// <param name="into">Where the bytes go.</param>
    /// <returns>How many bytes the key typed.</returns>
    public int Decode(byte code, Span<byte> into)
    {
        if (_skip > 0)
        {
            _skip--;
            return 0;
        }

        if (code == 0xE0)
        {
            _extended = true;
            return 0;
        }

        if (code == 0xE1)
        {
            _skip = 5; // Pause: E1 1D 45 E1 9D C5
            return 0;
        }

        bool extended = _extended;
        _extended = false;
        bool release = (code & 0x80) != 0;
        byte make = (byte)(code & 0x7F);
        switch (make)
        {
            case UsKeyboardLayout.LeftShift:
                if (!extended)
                    _leftShift = !release; // E0 2A is a fake shift some keys send: ignored
                return 0;
            case UsKeyboardLayout.RightShift:
                if (!extended)
                    _rightShift = !release;
                return 0;
            case UsKeyboardLayout.Control:
                _control = !release;
                return 0;
            case UsKeyboardLayout.Alt:
                _alt = !release;
                return 0;
            case UsKeyboardLayout.CapsLock:
                if (!release)
                    _capsLock = !_capsLock;
                return 0;
        }

        if (release)
            return 0;
        int n = 0;
        if (_alt)
            into[n++] = 0x1B;
        if (extended)
        {
            ReadOnlySpan<byte> sequence = UsKeyboardLayout.Extended(make);
            if (sequence.Length == 0)
                return 0;
            sequence.CopyTo(into.Slice(n));
            return n + sequence.Length;
        }

        if (make > UsKeyboardLayout.LastCode)
            return 0;
        byte b = (_leftShift || _rightShift) ? UsKeyboardLayout.Shifted[make] : UsKeyboardLayout.Plain[make];
        if (b == 0)
            return 0;
        if (_capsLock && ((b >= (byte)'a' && b <= (byte)'z') || (b >= (byte)'A' && b <= (byte)'Z')))
            b ^= 0x20;
        if (_control)
            b = ControlOf(b);
        into[n++] = b;
        return n;
    }

    /// <summary>What Ctrl with a key types: letters and <c>@[\]^_</c> their control character, Ctrl-2 NUL, Ctrl-6 ^^, Ctrl-- ^_, Ctrl-/ ^_.</summary>
    private static byte ControlOf(byte b) => b switch
    {
        >= (byte)'@' and <= (byte)'~' when b != 0x7F => (byte)(b & 0x1F),
        (byte)'2' or (byte)' ' => 0,
        (byte)'6' => 0x1E,
        (byte)'-' or (byte)'/' => 0x1F,
        _ => b,
    };
}
