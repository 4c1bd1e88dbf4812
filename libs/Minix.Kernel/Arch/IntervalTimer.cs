namespace Minix.Kernel.Arch;

/// <summary>The 8253/8254 interval timer, channel 0 in rate-generator mode: IRQ 0 at a fixed rate.</summary>
[KernelInternal]
public static class IntervalTimer
{
    /// <summary>The timer's input clock in Hz.</summary>
    public const int InputHz = 1193182;

    /// <summary>Starts the clock interrupt at about <paramref name="hz"/> ticks a second.</summary>
    /// <param name="hz">Ticks per second (19..1193182).</param>
    public static void Start(int hz)
    {
        int divisor = (InputHz + hz / 2) / hz;
        PortIo.OutByte(0x43, 0x34); // channel 0, lobyte/hibyte, mode 2
        PortIo.OutByte(0x40, (byte)divisor);
        PortIo.OutByte(0x40, (byte)(divisor >> 8));
    }
}
