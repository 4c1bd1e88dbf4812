namespace Minix.Kernel.Arch;

/// <summary>COM1, polled: the kernel log's console (QEMU connects it to standard output).</summary>
[KernelInternal]
public static class SerialPort
{
    private const ushort Com1 = 0x3F8;

    /// <summary>115200 baud, 8N1, FIFO on, no interrupts (the serial driver may enable them later).</summary>
    public static void Initialize()
    {
        PortIo.OutByte(Com1 + 1, 0x00);
        PortIo.OutByte(Com1 + 3, 0x80);
        PortIo.OutByte(Com1 + 0, 0x01);
        PortIo.OutByte(Com1 + 1, 0x00);
        PortIo.OutByte(Com1 + 3, 0x03);
        PortIo.OutByte(Com1 + 2, 0xC7);
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
