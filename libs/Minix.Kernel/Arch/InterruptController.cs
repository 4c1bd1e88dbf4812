namespace Minix.Kernel.Arch;

/// <summary>
/// The two 8259 interrupt controllers: remapped so IRQ n raises vector <see cref="IrqBase"/> + n, all lines masked
/// at start, masked and unmasked one line at a time, acknowledged after each interrupt. Creating the driver object
/// touches no hardware; <see cref="Initialize"/> does.
/// </summary>
[KernelInternal]
public sealed class InterruptController()
{
    /// <summary>Vector of IRQ 0 (above the CPU exceptions and the kernel's trap vectors 0x20-0x23).</summary>
    public const int IrqBase = 0x50;

    private const byte MasterCommand = 0x20;
    private const byte MasterData = 0x21;
    private const byte SlaveCommand = 0xA0;
    private const byte SlaveData = 0xA1;
    private const byte EndOfInterrupt = 0x20;
    private ushort _mask = 0xFFFF;

    /// <summary>Programs both controllers and masks every line but the cascade.</summary>
    public void Initialize()
    {
        // (port, value) pairs, master then slave: ICW1 (edge, cascade, ICW4 follows), ICW2 (vector base), ICW3 (the
        // slave on IRQ 2), ICW4 (8086 mode).
        ReadOnlySpan<byte> setup = [MasterCommand, 0x11, SlaveCommand, 0x11, MasterData, IrqBase, SlaveData, IrqBase + 8,
            MasterData, 0x04, SlaveData, 0x02, MasterData, 0x01, SlaveData, 0x01];
        for (int i = 0; i < setup.Length; i += 2)
            PortIo.OutByte(setup[i], setup[i + 1]);
        SetMask(0xFFFF & ~(1 << 2));
    }

    /// <summary>Masks a line.</summary>
    /// <param name="irq">0..15.</param>
    public void Mask(int irq) => SetMask(_mask | (1 << irq));

    /// <summary>Unmasks a line.</summary>
    /// <param name="irq">0..15.</param>
    public void Unmask(int irq) => SetMask(_mask & ~(1 << irq));

    /// <summary>Whether a line is masked.</summary>
    /// <param name="irq">0..15.</param>
    /// <returns>True if masked.</returns>
    public bool IsMasked(int irq) => (_mask & (1 << irq)) != 0;

    /// <summary>Acknowledges an interrupt so the controllers deliver the next one.</summary>
    /// <param name="irq">The line that was raised.</param>
    public static void Acknowledge(int irq)
    {
        if (irq >= 8)
            PortIo.OutByte(SlaveCommand, EndOfInterrupt);
        PortIo.OutByte(MasterCommand, EndOfInterrupt);
    }

    private void SetMask(int mask)
    {
        _mask = (ushort)mask;
        PortIo.OutByte(MasterData, (byte)_mask);
        PortIo.OutByte(SlaveData, (byte)(_mask >> 8));
    }
}
