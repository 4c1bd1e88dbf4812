namespace Minix.DriverKit.Testing.Devices;

/// <summary>
/// A PC keyboard behind an 8042 controller in its usual set-up (translation on: scan-code set 1, IRQ 1): data port
/// 0x60, status port 0x64 (bit 0: a byte waits). Tests press keys (<see cref="Type"/>, <see cref="Press"/>, or raw
/// <see cref="ScanCodes"/>) and each byte raises IRQ 1 when the previous one was taken, as the controller does.
/// </summary>
public sealed class Ps2Keyboard : SimulatedDevice
{
    private readonly Queue<byte> _codes = new();

    /// <summary>Creates the controller at ports 0x60-0x64, IRQ 1.</summary>
    public Ps2Keyboard()
        : base(0x60, 5, 1)
    {
    }

    /// <summary>Scan codes not yet read.</summary>
    public int Pending => _codes.Count;

    /// <summary>Queues raw scan codes.</summary>
    /// <param name="codes">The codes.</param>
    public void ScanCodes(params byte[] codes)
    {
        bool wasEmpty = _codes.Count == 0;
        foreach (byte code in codes)
            _codes.Enqueue(code);
        if (wasEmpty && _codes.Count > 0)
            RaiseInterrupt();
    }

    /// <summary>Types ASCII text on the US layout: each character's key pressed and released, with Shift where the character needs it; '\n' is Enter.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="ArgumentException">A character with no key.</exception>
    public void Type(string text)
    {
        var codes = new List<byte>();
        foreach (char c in text)
        {
            (byte make, bool shift) = KeyOf(c);
            if (shift)
                codes.Add(0x2A);
            codes.Add(make);
            codes.Add((byte)(make | 0x80));
            if (shift)
                codes.Add(0xAA);
        }

        ScanCodes([.. codes]);
    }

    /// <summary>Presses a key while holding Ctrl (Ctrl-C: <c>Press('c', control: true)</c>).</summary>
    /// <param name="key">The key's character.</param>
    /// <param name="control">Hold Ctrl.</param>
    public void Press(char key, bool control)
    {
        (byte make, _) = KeyOf(key);
        if (control)
            ScanCodes(0x1D, make, (byte)(make | 0x80), 0x9D);
        else
            ScanCodes(make, (byte)(make | 0x80));
    }

    /// <inheritdoc/>
    public override uint Read(int offset, int width)
    {
        switch (offset)
        {
            case 0:
                if (_codes.Count == 0)
                    return 0;
                byte code = _codes.Dequeue();
                if (_codes.Count > 0)
                    RaiseInterrupt();
                return code;
            case 4:
                return (_codes.Count > 0 ? 1u : 0u) | 0x14; // output full; system flag, keyboard not inhibited
            default:
                return 0;
        }
    }

    /// <inheritdoc/>
    public override void Write(int offset, uint value, int width)
    {
    }

    private static (byte Make, bool Shift) KeyOf(char c)
    {
        const string plain = "\0\u001b1234567890-=\u007f\tqwertyuiop[]\n\0asdfghjkl;'`\0\\zxcvbnm,./\0*\0 ";
        const string shifted = "\0\u001b!@#$%^&*()_+\u007f\tQWERTYUIOP{}\n\0ASDFGHJKL:\"~\0|ZXCVBNM<>?\0*\0 ";
        int at = c == '\0' ? -1 : plain.IndexOf(c);
        if (at > 0)
            return ((byte)at, false);
        at = c == '\0' ? -1 : shifted.IndexOf(c);
        if (at > 0)
            return ((byte)at, true);
        throw new ArgumentException($"no key on the US layout types '{c}' (U+{(int)c:X4})", nameof(c));
    }
}
