namespace Minix.Kernel.Arch;

/// <summary>COM1, polled: the kernel log's console (QEMU connects it to standard output).</summary>
[KernelInternal]
public static class SerialPort
{
    private const ushort Com1 = 0x3F8;

    /// <summary>115200 baud, 8N1, FIFO on, no interrupts (the serial driver may enable them later).</summary>
    public static void Initialize()
    {
        // (register, value) pairs: interrupts off; divisor latch on, divisor 1 (low byte, high byte); latch off, 8N1;
        // FIFO on and cleared.
        ReadOnlySpan<byte> setup = [1, 0x00, 3, 0x80, 0, 0x01, 1, 0x00, 3, 0x03, 2, 0xC7];
        for (int i = 0; i < setup.Length; i += 2)
            PortIo.OutByte((ushort)(Com1 + setup[i]), setup[i + 1]);
    }

    /// <summary>Writes bytes, waiting for the transmitter each time.</summary>
    /// <param name="text">The bytes.</param>
    public static void Write(ReadOnlySpan<byte> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            while ((PortIo.InByte(Com1 + 5) & 0x20) == 0) { }
            PortIo.OutByte(Com1, text[i]);
        }
    }
}
