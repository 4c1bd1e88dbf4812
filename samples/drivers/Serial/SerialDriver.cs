using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Calls;

[assembly: Driver("serial")]

namespace Minix.Samples.Serial;

/// <summary>
/// A 16550 UART driver as a user-mode character driver. Bytes written go into a transmit ring and leave 16 at a
/// time (the UART's FIFO) whenever the transmitter is empty; bytes received are taken in by the interrupt handler
/// into a receive ring, from which reads are served. A read with nothing to read waits (its reply is suspended)
/// until a byte arrives. The interrupt handler is an ordinary method of the driver, called from its own loop when a
/// HARDWARE notification arrives; the kernel only notifies (and unmasks the line again at once, its IRQ policy).
/// </summary>
/// <remarks>
/// Ioctls (the argument travels in the request, no grant): <see cref="IoctlSetLoopback"/> (1: the UART echoes what it
/// sends, which makes a self-contained benchmark), <see cref="IoctlSetBaud"/>, <see cref="IoctlGetLineStatus"/>,
/// <see cref="IoctlFlush"/>.
/// </remarks>
public sealed class SerialDriver : CharacterDriver
{
    /// <summary>COM1's first port.</summary>
    public const ushort Com1 = 0x3F8;

    /// <summary>COM1's IRQ.</summary>
    public const int Com1Irq = 4;

    /// <summary>COM2's first port.</summary>
    public const ushort Com2 = 0x2F8;

    /// <summary>COM2's IRQ.</summary>
    public const int Com2Irq = 3;

    /// <summary>Ioctl: loopback on (argument 1) or off (0).</summary>
    public const int IoctlSetLoopback = 1;

    /// <summary>Ioctl: line speed in baud (a divisor of 115200).</summary>
    public const int IoctlSetBaud = 2;

    /// <summary>Ioctl: answer the line status register.</summary>
    public const int IoctlGetLineStatus = 3;

    /// <summary>Ioctl: drop what is received and not yet read and what is not yet sent (POSIX's tcflush both ways).</summary>
    public const int IoctlFlush = 4;

    /// <summary>Bytes each ring holds.</summary>
    public const int RingSize = 1024;

    private const int Fifo = 16;
    private const int ReceiveSlots = (PortBatch.Capacity - 2) / 2; // (status, byte) pairs beside the two id reads
    private const int Data = 0;            // receive buffer / transmit holding; divisor low with DLAB
    private const int InterruptEnable = 1; // divisor high with DLAB
    private const int InterruptId = 2;     // read: identification; write: FIFO control
    private const int LineControl = 3;
    private const int ModemControl = 4;
    private const int LineStatus = 5;
    private const int ModemStatus = 6;

    private const byte LcrDivisorLatch = 0x80;
    private const byte Lcr8N1 = 0x03;
    private const byte FcrEnableAndClear = 0x07;
    private const byte McrDtrRtsOut2 = 0x0B;
    private const byte McrLoopback = 0x10;
    private const byte IerReceiveAndTransmit = 0x03;
    private const byte LsrDataReady = 0x01;
    private const byte LsrTransmitterEmpty = 0x20;
    private const int IirMask = 0x0F;
    private const int IirNonePending = 0x01;
    private const int IirTransmitterEmpty = 0x02;
    private const int IirModemStatus = 0x00;

    private readonly ushort _base;
    private readonly int _irqLine;
    private int _baud;
    private byte _modemControl = McrDtrRtsOut2;
    private IrqLine _irq;
    private Ring _receive;
    private Ring _transmit;
    private bool _reading;
    private bool _transmitterIdle; // a transmitter-empty interrupt found nothing to send, and nothing was sent since
    private IoRequest _pendingRead;

    /// <summary>Creates the driver for one UART.</summary>
    /// <param name="basePort">Its first port (<see cref="Com2"/> by default).</param>
    /// <param name="irq">Its IRQ (<see cref="Com2Irq"/> by default).</param>
    /// <param name="baud">Its speed.</param>
    public SerialDriver(ushort basePort = Com2, int irq = Com2Irq, int baud = 115200)
    {
        _base = basePort;
        _irqLine = irq;
        _baud = baud;
    }

    /// <summary>Bytes received and not yet read.</summary>
    public int Pending => _receive.Count;

    /// <summary>Allocates the rings, programs the UART (one VDEVIO) and binds its IRQ.</summary>
    /// <returns><see cref="Status.Ok"/> or the kernel's refusal of the IRQ.</returns>
    protected override Status OnInitFresh()
    {
        _receive = new Ring(RingSize);
        _transmit = new Ring(RingSize);
        Configure(_baud);
        Status status = _irq.Bind(_irqLine, notifyId: 0, IrqPolicy.Reenable);
        if (status != Status.Ok)
            return status;
        byte lineStatus;
        while (((lineStatus = In(LineStatus)) & LsrDataReady) != 0)
            In(Data); // drop what arrived before we were ready
        _transmitterIdle = (lineStatus & LsrTransmitterEmpty) != 0; // after a restart the old burst may still be going out
        Log.Write(IsRestart ? "ready again after a restart"u8 : "ready"u8);
        return Status.Ok;
    }

    /// <summary>Queues the client's bytes for sending (as many as fit) and starts the transmitter.</summary>
    /// <param name="request">The write.</param>
    /// <returns>Bytes accepted (fewer than asked when the ring is full), or a copy error.</returns>
    protected override long Write(in IoRequest request)
    {
        int n = Math.Min(request.Count, _transmit.Free);
        Status status = _transmit.FillFromClient(request, n);
        if (status != Status.Ok)
            return (long)status;
        if (_transmitterIdle)
            Transmit();
        return n;
    }

    /// <summary>Answers with what was received, or waits for the first byte.</summary>
    /// <param name="request">The read.</param>
    /// <returns>Bytes read, <see cref="DeviceDriver.Suspend"/>, or <see cref="Status.Busy"/> if another read waits.</returns>
    protected override long Read(in IoRequest request)
    {
        if (request.Count <= 0)
            return 0;
        if (_receive.Count > 0)
            return _receive.DrainToClient(request);
        if (_reading)
            return (long)Status.Busy;
        _pendingRead = request;
        _reading = true;
        return Suspend;
    }

    /// <summary>Loopback, speed and line status.</summary>
    /// <param name="request">The request.</param>
    /// <returns>0, the line status, or <see cref="Status.InvalidArgument"/>/<see cref="Status.BadRequest"/>.</returns>
    protected override long Ioctl(in IoRequest request)
    {
        switch (request.IoctlRequest)
        {
            case IoctlSetLoopback:
                _modemControl = request.Argument != 0 ? (byte)(McrDtrRtsOut2 | McrLoopback) : McrDtrRtsOut2;
                Out(ModemControl, _modemControl);
                return 0;
            case IoctlSetBaud:
                if (request.Argument < 1 || request.Argument > 115200 || 115200 % request.Argument != 0)
                    return (long)Status.InvalidArgument;
                _baud = (int)request.Argument;
                Configure(_baud);
                return 0;
            case IoctlGetLineStatus:
                return In(LineStatus);
            case IoctlFlush:
                _receive.Clear();
                _transmit.Clear();
                Out(InterruptId, FcrEnableAndClear);
                return 0;
            default:
                return (long)Status.BadRequest;
        }
    }

    /// <summary>The UART interrupted: take in received bytes, refill the transmitter, until it has nothing more to say.</summary>
    /// <param name="interrupts">Pending interrupt bits.</param>
    /// <remarks>
    /// The line is bound with <see cref="IrqPolicy.Reenable"/>: the kernel unmasks it as soon as it has queued the
    /// notification, as MINIX does for its serial lines, so no call re-enables it here. The IRQ is edge-triggered:
    /// the UART raises its line when a condition arises while none is pending, so the handler must not return before
    /// it has read "nothing pending", and a condition that arises after that read raises the line anew.
    /// </remarks>
    protected override void OnInterrupt(ulong interrupts)
    {
        if (!_irq.IsIn(interrupts))
            return;
        for (int guard = 0; guard < 64; guard++)
        {
            // One guarded VDEVIO a pass: up to ReceiveSlots (line status, byte) pairs, each byte read only if the
            // status before it said one is ready, then the interrupt id twice. Reading a transmitter-empty id clears
            // it, so whichever of the two reads shows it is acted on; the second says whether anything is still
            // pending (received data, a character time-out, a line status that the next pass's status read clears).
            var pass = new PortBatch(PortAccess.Input | PortAccess.Byte | PortAccess.Guarded);
            for (int i = 0; i < ReceiveSlots; i++)
                pass.Add(Port(LineStatus), LsrDataReady).Add(Port(Data));
            pass.Add(Port(InterruptId)).Add(Port(InterruptId));
            pass.Run();
            for (int i = 0; i < ReceiveSlots; i++)
            {
                if ((pass.Value(2 * i) & LsrDataReady) != 0)
                    _receive.Put((byte)pass.Value((2 * i) + 1)); // a full ring drops the byte, as the UART's own overrun would
            }

            int first = (int)pass.Value(2 * ReceiveSlots) & IirMask, second = (int)pass.Value((2 * ReceiveSlots) + 1) & IirMask;
            if (first == IirTransmitterEmpty || second == IirTransmitterEmpty)
                Transmit();
            if (first == IirModemStatus || second == IirModemStatus)
                In(ModemStatus); // reading it clears it
            if (second == IirNonePending)
                break;
        }

        if (_reading && _receive.Count > 0)
        {
            _reading = false;
            Complete(_pendingRead, _receive.DrainToClient(_pendingRead));
        }
    }

    /// <summary>Sets speed, 8N1, FIFOs, modem control and interrupts in one batch of port writes.</summary>
    private void Configure(int baud)
    {
        int divisor = 115200 / baud;
        var init = new PortBatch(PortAccess.Output | PortAccess.Byte);
        init.Add(Port(LineControl), LcrDivisorLatch)
            .Add(Port(Data), (byte)divisor)
            .Add(Port(InterruptEnable), (byte)(divisor >> 8))
            .Add(Port(LineControl), Lcr8N1)
            .Add(Port(InterruptId), FcrEnableAndClear)
            .Add(Port(ModemControl), _modemControl)
            .Add(Port(InterruptEnable), IerReceiveAndTransmit);
        init.Run();
    }

    /// <summary>
    /// Sends up to a FIFO's worth of the transmit ring in one VDEVIO. With nothing to send the transmitter stays
    /// idle, and only a write wakes it: the UART says "transmitter empty" once per burst, so the driver remembers it
    /// rather than asking the line status on every write.
    /// </summary>
    private void Transmit()
    {
        Span<byte> burst = stackalloc byte[Fifo];
        int n = _transmit.Take(burst);
        _transmitterIdle = n == 0;
        if (n > 0)
            DevIo.OutBytes(Port(Data), burst.Slice(0, n));
    }

    private ushort Port(int register) => (ushort)(_base + register);

    private byte In(int register) => DevIo.InByte(Port(register));

    private void Out(int register, byte value) => DevIo.OutByte(Port(register), value);

    /// <summary>A byte ring: allocated once, never grows.</summary>
    private struct Ring
    {
        private readonly byte[] _bytes;
        private int _head;

        public Ring(int size)
        {
            _bytes = new byte[size];
            _head = 0;
            Count = 0;
        }

        public int Count { get; private set; }

        public readonly int Free => _bytes.Length - Count;

        public void Clear()
        {
            _head = 0;
            Count = 0;
        }

        public void Put(byte b)
        {
            if (Count == _bytes.Length)
                return;
            _bytes[(_head + Count) % _bytes.Length] = b;
            Count++;
        }

        public int Take(Span<byte> into)
        {
            int n = Math.Min(into.Length, Count);
            for (int i = 0; i < n; i++)
                into[i] = _bytes[(_head + i) % _bytes.Length];
            _head = (_head + n) % _bytes.Length;
            Count -= n;
            return n;
        }

        /// <summary>Copies <paramref name="n"/> bytes from the client's grant to the ring's free space (at most two pieces).</summary>
        public Status FillFromClient(in IoRequest request, int n)
        {
            int done = 0;
            while (done < n)
            {
                int tail = (_head + Count) % _bytes.Length;
                int piece = Math.Min(n - done, _bytes.Length - tail);
                Status status = CopyFromClient(request, done, _bytes.AsSpan(tail, piece));
                if (status != Status.Ok)
                    return status;
                Count += piece;
                done += piece;
            }

            return Status.Ok;
        }

        /// <summary>Copies up to the request's count into the client's grant (at most two pieces).</summary>
        public long DrainToClient(in IoRequest request)
        {
            int n = Math.Min(request.Count, Count);
            int done = 0;
            while (done < n)
            {
                int piece = Math.Min(n - done, _bytes.Length - _head);
                Status status = CopyToClient(request, done, _bytes.AsSpan(_head, piece));
                if (status != Status.Ok)
                    return done > 0 ? done : (long)status;
                _head = (_head + piece) % _bytes.Length;
                Count -= piece;
                done += piece;
            }

            return n;
        }
    }
}

/// <summary>The serial driver's program.</summary>
public static class Program
{
    /// <summary>Runs the driver on COM2.</summary>
    public static void Main() => new SerialDriver().Run();
}
