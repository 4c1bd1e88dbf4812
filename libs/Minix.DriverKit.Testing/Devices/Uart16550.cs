using System.Text;

namespace Minix.DriverKit.Testing.Devices;

/// <summary>
/// A 16550 serial port: transmit and receive holding registers, line status, interrupt enable and identification,
/// divisor latch and loopback. What the guest transmits collects in <see cref="Transmitted"/>; tests feed input with
/// <see cref="Receive"/>.
/// </summary>
public sealed class Uart16550 : SimulatedDevice
{
    private readonly Queue<byte> _input = new();
    private readonly List<byte> _output = new();
    private byte _ier;
    private byte _lcr;
    private byte _mcr;
    private byte _scratch;
    private ushort _divisor = 12;
    private bool _transmitInterruptPending;

    /// <summary>Creates a UART (COM1 by default: 0x3f8, IRQ 4).</summary>
    /// <param name="basePort">First of its 8 ports.</param>
    /// <param name="irq">Its IRQ line.</param>
    public Uart16550(ushort basePort = 0x3F8, int irq = 4)
        : base(basePort, 8, irq)
    {
    }

    /// <summary>Everything the guest has transmitted (not in loopback mode).</summary>
    public IReadOnlyList<byte> Transmitted => _output;

    /// <summary>What the guest transmitted, as UTF-8 text.</summary>
    public string TransmittedText => Encoding.UTF8.GetString(_output.ToArray());

    /// <summary>The divisor the guest programmed (115200 / divisor baud).</summary>
    public ushort Divisor => _divisor;

    /// <summary>Queues bytes as if they arrived on the line.</summary>
    /// <param name="bytes">The bytes.</param>
    public void Receive(ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
            _input.Enqueue(b);
        if ((_ier & 1) != 0 && bytes.Length > 0)
            RaiseInterrupt();
    }

    /// <inheritdoc/>
    public override uint Read(int offset, int width)
    {
        bool dlab = (_lcr & 0x80) != 0;
        switch (offset)
        {
            case 0 when dlab:
                return (byte)_divisor;
            case 0:
                return _input.Count > 0 ? _input.Dequeue() : 0u;
            case 1 when dlab:
                return (byte)(_divisor >> 8);
            case 1:
                return _ier;
            case 2:
                return Identify();
            case 3:
                return _lcr;
            case 4:
                return _mcr;
            case 5:
                return (_input.Count > 0 ? 1u : 0u) | 0x60u; // data ready; transmitter always empty
            case 6:
                return 0xB0; // CTS, DSR, DCD
            default:
                return _scratch;
        }
    }

    /// <inheritdoc/>
    public override void Write(int offset, uint value, int width)
    {
        byte b = (byte)value;
        bool dlab = (_lcr & 0x80) != 0;
        switch (offset)
        {
            case 0 when dlab:
                _divisor = (ushort)((_divisor & 0xFF00) | b);
                break;
            case 0:
                Transmit(b);
                break;
            case 1 when dlab:
                _divisor = (ushort)((_divisor & 0x00FF) | (b << 8));
                break;
            case 1:
                _ier = (byte)(b & 0x0F);
                if ((_ier & 2) != 0)
                    _transmitInterruptPending = true;
                if ((_ier & 2) != 0 || ((_ier & 1) != 0 && _input.Count > 0))
                    RaiseInterrupt(); // as the chip: enabling an interrupt whose condition holds raises it

                break;
            case 2:
                break; // FIFO control: always on
            case 3:
                _lcr = b;
                break;
            case 4:
                _mcr = b;
                break;
            case 7:
                _scratch = b;
                break;
        }
    }

    private void Transmit(byte b)
    {
        if ((_mcr & 0x10) != 0)
            Receive([b]);
        else
            _output.Add(b);
        if ((_ier & 2) != 0)
        {
            _transmitInterruptPending = true;
            RaiseInterrupt();
        }
    }

    private uint Identify()
    {
        if ((_ier & 1) != 0 && _input.Count > 0)
            return 0xC4; // received data available
        if (_transmitInterruptPending)
        {
            _transmitInterruptPending = false;
            return 0xC2; // transmitter empty
        }

        return 0xC1; // nothing pending
    }
}
