using Minix.Kernel.Arch;
using Minix.Kernel.Core;

namespace LegacyPrinter;

/// <summary>
/// A printer driver written the MINIX 2 way, as part of the kernel: it programs the parallel port with the
/// <c>in</c>/<c>out</c> instructions (category E), logs with the kernel's printf (A), lets the clock task call its
/// watchdog (C), and installs an interrupt handler that updates the driver's own variables (D). Linked into the
/// kernel it works; as a user-mode process none of it is allowed. LegacyPrinter.Fixed is the same driver for
/// MINIX 3.
/// </summary>
public static unsafe class Printer
{
    private const ushort DataPort = 0x378;
    private const ushort StatusPort = 0x379;
    private const ushort ControlPort = 0x37a;
    private const int Irq = 7;
    private const ulong WatchdogTicks = 600;

    private const byte StatusError = 0x08;
    private const byte ControlStrobe = 0x01;
    private const byte ControlInit = 0x08;
    private const byte ControlSelect = 0x04;
    private const byte ControlIrqEnable = 0x10;

    private static byte[] s_buffer = new byte[0];
    private static int s_next;
    private static int s_remaining;
    private static int s_printed;

    /// <summary>Resets the printer and hooks its interrupt line.</summary>
    public static void Init()
    {
        s_buffer = new byte[256];
        PortIo.OutByte(ControlPort, ControlInit);
        PortIo.OutByte(ControlPort, ControlSelect | ControlInit | ControlIrqEnable);
        InterruptTable.SetHandler(Irq, &OnInterrupt);
        KernelLog.Write("printer: ready\n"u8);
    }

    /// <summary>Starts printing <paramref name="text"/>; the interrupt handler sends the rest, a byte per interrupt.</summary>
    /// <param name="text">At most 256 bytes.</param>
    /// <returns>How many bytes were queued.</returns>
    public static int Print(ReadOnlySpan<byte> text)
    {
        int count = Math.Min(text.Length, s_buffer.Length);
        text.Slice(0, count).CopyTo(s_buffer);
        s_next = 0;
        s_remaining = count;
        KernelTimers.SetWatchdog(WatchdogTicks, &OnWatchdog);
        SendNext();
        return count;
    }

    /// <summary>Bytes printed since start-up.</summary>
    public static int Printed => s_printed;

    // Runs in the kernel, in interrupt context, and reaches straight into the driver's variables.
    private static bool OnInterrupt(int irq)
    {
        PortIo.InByte(StatusPort); // reading the status acknowledges the interrupt: the port lowers its line
        if (s_remaining > 0)
            SendNext();
        return true;
    }

    // Runs in the clock task when the printer has not finished in time.
    private static void OnWatchdog()
    {
        if ((PortIo.InByte(StatusPort) & StatusError) == 0)
            KernelLog.Write("printer: not responding\n"u8);
    }

    // The byte's interrupt can come as soon as the strobe goes out: the variables are updated first.
    private static void SendNext()
    {
        byte next = s_buffer[s_next++];
        s_remaining--;
        s_printed++;
        PortIo.OutByte(DataPort, next);
        PortIo.OutByte(ControlPort, ControlSelect | ControlInit | ControlIrqEnable | ControlStrobe);
        PortIo.OutByte(ControlPort, ControlSelect | ControlInit | ControlIrqEnable);
    }
}
