using System.Text;

namespace Minix.DriverKit.Testing.Devices;

/// <summary>
/// A parallel port with a printer attached (LPT1: 0x378, IRQ 7): data, status and control registers. A byte is
/// printed on the falling edge of STROBE; the printer then acknowledges, raising the IRQ if the control register
/// enables it. What was printed collects in <see cref="Printed"/>.
/// </summary>
public sealed class ParallelPort : SimulatedDevice
{
    private const byte Strobe = 0x01;
    private const byte InterruptEnable = 0x10;
    private readonly List<byte> _printed = new();
    private byte _data;
    private byte _control = 0x0C;

    /// <summary>Creates the port.</summary>
    /// <param name="basePort">First of its ports (4 are claimed).</param>
    /// <param name="irq">Its IRQ line.</param>
    public ParallelPort(ushort basePort = 0x378, int irq = 7)
        : base(basePort, 4, irq)
    {
    }

    /// <summary>Bytes the printer has printed.</summary>
    public IReadOnlyList<byte> Printed => _printed;

    /// <summary>The printed bytes as UTF-8 text.</summary>
    public string PrintedText => Encoding.UTF8.GetString(_printed.ToArray());

    /// <summary>Whether the printer reports an error (paper out) from now on.</summary>
    public bool OutOfPaper { get; set; }

    /// <summary>Whether the printer acknowledges each byte (false: it prints but never raises the IRQ, like a printer whose acknowledge line is broken).</summary>
    public bool Acknowledges { get; set; } = true;

    /// <inheritdoc/>
    public override uint Read(int offset, int width) => offset switch
    {
        0 => _data,
        1 => OutOfPaper ? 0x20u | 0x08u : 0xD8u, // not busy, ack high, selected, no error; or paper out + error
        2 => _control,
        _ => 0xFF,
    };

    /// <inheritdoc/>
    public override void Write(int offset, uint value, int width)
    {
        switch (offset)
        {
            case 0:
                _data = (byte)value;
                break;
            case 2:
                bool falling = (_control & Strobe) != 0 && (value & Strobe) == 0;
                _control = (byte)value;
                if (falling && !OutOfPaper)
                {
                    _printed.Add(_data);
                    if ((_control & InterruptEnable) != 0 && Acknowledges)
                        RaiseInterrupt();
                }

                break;
        }
    }
}
