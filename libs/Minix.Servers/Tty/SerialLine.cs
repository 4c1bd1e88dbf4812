using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Minix.Servers.Tty;

/// <summary>
/// A 16550 UART as a terminal's device: received bytes go to the line discipline from the interrupt handler;
/// output waits in a transmit ring and leaves a FIFO's worth (16 bytes, one SYS_VDEVIO) whenever the transmitter is
/// empty. The kernel prints its own log lines on the same port by polling, between our bursts; it waits for the
/// transmitter too, so neither loses bytes, and our next burst follows its line.
/// </summary>
internal sealed class SerialLine : TerminalDevice
{
    /// <summary>COM1's first port.</summary>
    public const ushort Com1 = 0x3F8;

    /// <summary>COM1's IRQ.</summary>
    public const int Com1Irq = 4;

    /// <summary>Bytes of output the ring holds.</summary>
    public const int RingSize = 4096;

    private const int Fifo = 16;
    private const int Data = 0;
    private const int InterruptEnable = 1;
    private const int InterruptId = 2; // write: FIFO control
    private const int LineControl = 3;
    private const int ModemControl = 4;
    private const int LineStatus = 5;
    private const int ModemStatus = 6;
    private const byte LsrDataReady = 0x01;
    private const byte LsrTransmitterEmpty = 0x20;

    private readonly ushort _base;
    private readonly byte[] _ring = new byte[RingSize];
    private readonly byte[] _received = new byte[64];
    private int _head;
    private int _count;
    private int _leftStart;
    private int _leftCount;
    private bool _held;
    private IrqLine _irq;

    /// <summary>Creates the device for the UART at <paramref name="basePort"/>.</summary>
    /// <param name="basePort">Its first port.</param>
    public SerialLine(ushort basePort) => _base = basePort;

    /// <summary>The interrupt bit this line's IRQ is reported with.</summary>
    public ulong InterruptMask => _irq.Mask;

    /// <inheritdoc/>
    public override int Room => RingSize - _count;

    /// <summary>Keeps the speed the kernel set (115200), sets 8N1, FIFOs, modem lines and interrupts, and binds the IRQ.</summary>
    /// <param name="irq">The IRQ line.</param>
    /// <param name="notifyId">The bit to report it with.</param>
    /// <returns><see cref="Status.Ok"/> or the kernel's refusal.</returns>
    public Status Start(int irq, int notifyId)
    {
        var init = new PortBatch(PortAccess.Output | PortAccess.Byte);
        init.Add(Port(InterruptEnable), 0)
            .Add(Port(LineControl), 0x03)      // 8 data bits, no parity, 1 stop bit
            .Add(Port(InterruptId), 0x07)      // FIFOs on and cleared, interrupt at 1 byte
            .Add(Port(ModemControl), 0x0B);    // DTR, RTS, OUT2 (the IRQ's gate on a PC)
        init.Run();
        Status status = _irq.Bind(irq, notifyId);
        if (status != Status.Ok)
            return status;
        while ((DevIo.InByte(Port(LineStatus)) & LsrDataReady) != 0)
            DevIo.InByte(Port(Data)); // what arrived before anyone could read it
        DevIo.OutByte(Port(InterruptEnable), 0x03); // received data, transmitter empty
        return Status.Ok;
    }

    /// <summary>Whether received bytes are held back (the line's queue is full; the UART's receive interrupt is off).</summary>
    public bool IsHeld => _held;

    /// <summary>
    /// The UART interrupted (or a read made room while input was held back): hands every received byte to
    /// <paramref name="line"/> and refills the transmitter, until the UART has nothing more to say; then unmasks the
    /// IRQ. When the line takes no more, the bytes it left wait here and the receive interrupt is switched off, so the
    /// UART's FIFO fills and the sender is held back instead of bytes being lost.
    /// </summary>
    /// <param name="line">The terminal line the bytes are for.</param>
    public void Service(TerminalLine line)
    {
        if (_leftCount > 0)
        {
            int used = line.Input(_received.AsSpan(_leftStart, _leftCount));
            _leftStart += used;
            _leftCount -= used;
        }

        if (_held && _leftCount == 0 && line.AcceptsInput)
        {
            _held = false;
            DevIo.OutByte(Port(InterruptEnable), 0x03); // the UART interrupts at once if bytes wait
        }

        var state = new PortBatch(PortAccess.Input | PortAccess.Byte);
        state.Add(Port(InterruptId)).Add(Port(LineStatus));
        for (int guard = 0; guard < 4096; guard++)
        {
            state.Run();
            byte id = (byte)state.Value(0);
            byte lineStatus = (byte)state.Value(1);
            if ((lineStatus & LsrDataReady) != 0 && !_held)
                Receive(line);
            if ((lineStatus & LsrTransmitterEmpty) != 0 && _count > 0)
                Transmit();
            if ((id & 0x01) != 0)
                break; // nothing pending
            if ((id & 0x0E) == 0)
                DevIo.InByte(Port(ModemStatus)); // modem status: reading it clears it
        }

        _irq.Enable();
        line.OutputDrained();
    }

    private void Receive(TerminalLine line)
    {
        int n = TakeReceived();
        int used = line.Input(_received.AsSpan(0, n));
        if (used == n)
            return;
        _leftStart = used;
        _leftCount = n - used;
        _held = true;
        DevIo.OutByte(Port(InterruptEnable), 0x02); // transmitter only, until a read makes room
    }

    /// <inheritdoc/>
    public override void Put(byte b)
    {
        if (_count == RingSize)
            return;
        _ring[(_head + _count) % RingSize] = b;
        _count++;
    }

    /// <inheritdoc/>
    public override void Flush()
    {
        if (_count > 0 && (DevIo.InByte(Port(LineStatus)) & LsrTransmitterEmpty) != 0)
            Transmit();
    }

    // Every data read follows a line status that said a byte was ready, so none is read blind.
    private int TakeReceived()
    {
        var next = new PortBatch(PortAccess.Input | PortAccess.Byte);
        next.Add(Port(Data)).Add(Port(LineStatus));
        int n = 0;
        do
        {
            next.Run();
            _received[n++] = (byte)next.Value(0);
        }
        while ((next.Value(1) & LsrDataReady) != 0 && n < _received.Length);
        return n;
    }

    /// <summary>Up to a FIFO's worth of the ring in one SYS_VDEVIO.</summary>
    private void Transmit()
    {
        Span<byte> burst = stackalloc byte[Fifo];
        int n = Math.Min(Fifo, _count);
        for (int i = 0; i < n; i++)
            burst[i] = _ring[(_head + i) % RingSize];
        _head = (_head + n) % RingSize;
        _count -= n;
        DevIo.OutBytes(Port(Data), burst.Slice(0, n));
    }

    private ushort Port(int register) => (ushort)(_base + register);
}
