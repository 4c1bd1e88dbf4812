using System;
using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Calls;

[assembly: Driver("mydriver")]

namespace MyDriver;

/// <summary>
/// A character driver for a 16550 serial port, as a MINIX 3 style user-mode process: it may touch only the ports and
/// the IRQ its system.conf entry lists, and only through kernel calls (SYS_DEVIO, SYS_VDEVIO, SYS_IRQCTL). It greets
/// the line when it starts, sends what clients write, and answers reads with what arrived, keeping a read waiting
/// (its reply suspended) until input comes. An interrupt is a notification in the driver's own loop
/// (<see cref="OnInterrupt"/>); the kernel only masks the line and notifies.
/// </summary>
/// <remarks>
/// Drivers run as system C# on the image: allocate in <see cref="OnInitFresh"/>, not while serving requests, and use
/// no LINQ, generic collections or string formatting (build log lines with <see cref="LogText"/>).
/// </remarks>
public sealed class UartDriver : CharacterDriver
{
    /// <summary>The UART's first port.</summary>
    public const ushort BasePort = 0x2F8;

    /// <summary>The UART's IRQ line.</summary>
    public const int Irq = 3;

    /// <summary>Bytes one write sends, and bytes of input kept until read.</summary>
    public const int BufferSize = 256;

    private const int Data = 0;
    private const int InterruptEnable = 1;
    private const int FifoControl = 2;
    private const int LineControl = 3;
    private const int ModemControl = 4;
    private const int LineStatus = 5;
    private const byte DataReady = 0x01;
    private const byte TransmitterEmpty = 0x20;
    private const int TransmitPolls = 10000;

    private byte[] _outgoing = new byte[0];
    private byte[] _incoming = new byte[0];
    private int _received;
    private IrqLine _irq;
    private bool _reading;
    private IoRequest _waitingRead;

    /// <summary>What the driver sends when it starts.</summary>
    public static ReadOnlySpan<byte> Greeting => "Hello from mydriver\r\n"u8;

    /// <summary>Allocates the buffers, programs the UART (115200 baud, 8N1, FIFOs, receive interrupts), binds the IRQ and greets.</summary>
    /// <returns><see cref="Status.Ok"/>, or the kernel's refusal of the IRQ.</returns>
    protected override Status OnInitFresh()
    {
        _outgoing = new byte[BufferSize];
        _incoming = new byte[BufferSize];
        var init = new PortBatch(PortAccess.Output | PortAccess.Byte);
        init.Add(Port(LineControl), 0x80).Add(Port(Data), 1).Add(Port(InterruptEnable), 0).Add(Port(LineControl), 0x03)
            .Add(Port(FifoControl), 0x07).Add(Port(ModemControl), 0x0B).Add(Port(InterruptEnable), 0x01);
        init.Run();
        Status status = _irq.Bind(Irq, notifyId: 0);
        if (status != Status.Ok)
            return status;
        Send(Greeting);
        Log.Write("ready"u8);
        return Status.Ok;
    }

    /// <summary>Copies up to <see cref="BufferSize"/> bytes from the client's grant and sends them.</summary>
    /// <param name="request">The write.</param>
    /// <returns>Bytes sent, or the copy's error.</returns>
    protected override long Write(in IoRequest request)
    {
        int n = Math.Min(request.Count, BufferSize);
        Status status = CopyFromClient(request, 0, _outgoing.AsSpan(0, n));
        if (status != Status.Ok)
            return (long)status;
        Send(_outgoing.AsSpan(0, n));
        return n;
    }

    /// <summary>Answers with what has arrived, or keeps the read until something does.</summary>
    /// <param name="request">The read.</param>
    /// <returns>Bytes read, <see cref="DeviceDriver.Suspend"/>, or <see cref="Status.Busy"/> if another read waits.</returns>
    protected override long Read(in IoRequest request)
    {
        if (request.Count <= 0)
            return 0;
        if (_received > 0)
            return Deliver(request);
        if (_reading)
            return (long)Status.Busy;
        _waitingRead = request;
        _reading = true;
        return Suspend;
    }

    /// <summary>The UART interrupted: take in what arrived, unmask the line, answer a waiting read.</summary>
    /// <param name="interrupts">The pending interrupt bits.</param>
    protected override void OnInterrupt(ulong interrupts)
    {
        if (!_irq.IsIn(interrupts))
            return;
        while ((DevIo.InByte(Port(LineStatus)) & DataReady) != 0)
        {
            byte b = DevIo.InByte(Port(Data));
            if (_received < _incoming.Length)
                _incoming[_received++] = b;
        }

        _irq.Enable();
        if (_reading && _received > 0)
        {
            _reading = false;
            Complete(_waitingRead, Deliver(_waitingRead));
        }
    }

    /// <summary>Copies the oldest input to the client's grant and keeps the rest.</summary>
    private long Deliver(in IoRequest request)
    {
        int n = Math.Min(request.Count, _received);
        Status status = CopyToClient(request, 0, _incoming.AsSpan(0, n));
        if (status != Status.Ok)
            return (long)status;
        for (int i = n; i < _received; i++)
            _incoming[i - n] = _incoming[i];
        _received -= n;
        return n;
    }

    /// <summary>Sends bytes one at a time, each when the transmitter has room.</summary>
    private void Send(ReadOnlySpan<byte> bytes)
    {
        for (int i = 0; i < bytes.Length; i++)
        {
            for (int poll = 0; poll < TransmitPolls && (DevIo.InByte(Port(LineStatus)) & TransmitterEmpty) == 0; poll++)
            {
            }

            DevIo.OutByte(Port(Data), bytes[i]);
        }
    }

    private static ushort Port(int register) => (ushort)(BasePort + register);
}

/// <summary>The driver's program: what the process runs, on the image (see Image/Entry.cs) and in host tests.</summary>
public static class Program
{
    /// <summary>Runs the driver until the system stops.</summary>
    public static void Main() => new UartDriver().Run();
}
