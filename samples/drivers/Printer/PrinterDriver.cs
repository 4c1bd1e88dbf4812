using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Calls;

[assembly: Driver("printer")]

namespace Minix.Samples.Printer;

/// <summary>
/// A parallel-port printer driver (LPT1) as a user-mode character driver. A write prints the client's bytes one at
/// a time the way the port's protocol wants: wait until the printer is not busy, put the byte on the data lines,
/// pulse STROBE, and wait for the printer's ACKNOWLEDGE, which arrives as IRQ 7, that is, as a HARDWARE
/// notification in this driver's own loop. The client's SENDREC stays blocked until the whole write is printed; the
/// loop meanwhile answers heartbeats and interrupts. An acknowledge that never comes is caught by an alarm.
/// </summary>
/// <remarks>
/// Everything it touches is in its system.conf entry: ports 0x378-0x37a (io 378:4), IRQ 7, and the DEVIO, VDEVIO and
/// IRQCTL kernel calls. It keeps no state across a restart; a client whose write was cut short by a crash repeats it.
/// </remarks>
public sealed class PrinterDriver : CharacterDriver
{
    /// <summary>The data register: the byte to print.</summary>
    public const ushort DataPort = 0x378;

    /// <summary>The status register (read only).</summary>
    public const ushort StatusPort = 0x379;

    /// <summary>The control register.</summary>
    public const ushort ControlPort = 0x37A;

    /// <summary>The port's interrupt line.</summary>
    public const int Irq = 7;

    /// <summary>Ioctl request: answer the status register's value.</summary>
    public const int IoctlGetStatus = 1;

    /// <summary>How long to wait for an acknowledge, in clock ticks, before giving up on the printer.</summary>
    public const ulong AckTimeoutTicks = 50;

    /// <summary>How many bytes the driver copies from the client at a time.</summary>
    public const int BufferSize = 256;

    private const int BusyLooks = 4;
    private const byte StatusNotBusy = 0x80;
    private const byte StatusPaperOut = 0x20;
    private const byte ControlStrobe = 0x01;
    private const byte ControlNotInit = 0x04;
    private const byte ControlSelect = 0x08;
    private const byte ControlIrqEnable = 0x10;
    private const byte ControlIdle = ControlSelect | ControlNotInit | ControlIrqEnable;

    private byte[] _buffer = new byte[0];
    private IrqLine _irq;

    private bool _printing;
    private IoRequest _job;
    private int _printed;
    private int _chunkStart;
    private int _chunkLength;

    /// <summary>Creates the driver; <see cref="Service.Run"/> starts it.</summary>
    public PrinterDriver()
    {
    }

    /// <summary>Allocates the buffer, resets the printer and binds IRQ 7.</summary>
    /// <returns><see cref="Status.Ok"/>, or the kernel's refusal of the IRQ.</returns>
    protected override Status OnInitFresh()
    {
        _buffer = new byte[BufferSize];
        DevIo.OutByte(ControlPort, ControlSelect);     // INIT low: reset the printer
        DevIo.OutByte(ControlPort, ControlIdle);       // INIT high, selected, interrupts on
        Status status = _irq.Bind(Irq, notifyId: 0);
        if (status != Status.Ok)
            return status;
        Log.Write(IsRestart ? "ready again after a restart"u8 : "ready"u8);
        return Status.Ok;
    }

    /// <summary>Only minor 0 exists.</summary>
    /// <param name="minor">The minor.</param>
    /// <param name="access">Ignored: a printer is written to.</param>
    /// <param name="client">The client.</param>
    /// <returns><see cref="Status.Ok"/> or <see cref="Status.NoSuchDevice"/>.</returns>
    protected override Status Open(int minor, DeviceAccess access, Endpoint client) => minor == 0 ? Status.Ok : Status.NoSuchDevice;

    /// <summary>Starts printing the client's bytes; the reply comes when the last one is acknowledged.</summary>
    /// <param name="request">The write.</param>
    /// <returns><see cref="DeviceDriver.Suspend"/>, or at once 0, <see cref="Status.Busy"/> or <see cref="Status.IoError"/>.</returns>
    protected override long Write(in IoRequest request)
    {
        if (request.Count <= 0)
            return 0;
        if (_printing)
            return (long)Status.Busy;
        if ((DevIo.InByte(StatusPort) & StatusPaperOut) != 0)
            return (long)Status.IoError;
        _job = request;
        _printing = true;
        _printed = 0;
        _chunkStart = 0;
        _chunkLength = 0;
        PrintNext();
        return Suspend;
    }

    /// <summary><see cref="IoctlGetStatus"/>: the status register.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The status register, or <see cref="Status.BadRequest"/>.</returns>
    protected override long Ioctl(in IoRequest request) =>
        request.IoctlRequest == IoctlGetStatus ? DevIo.InByte(StatusPort) : (long)Status.BadRequest;

    /// <summary>The acknowledge: the byte was printed; print the next or answer the client.</summary>
    /// <param name="interrupts">Pending interrupt bits.</param>
    protected override void OnInterrupt(ulong interrupts)
    {
        if (!_irq.IsIn(interrupts))
            return;
        _irq.Enable();
        if (!_printing)
            return; // an acknowledge nobody waits for (e.g. left over from before a restart)
        Alarm.Cancel();
        _printed++;
        if (_printed == _job.Count)
            Finish(_printed);
        else
            PrintNext();
    }

    /// <summary>The acknowledge did not come in time: the printer is off line.</summary>
    /// <param name="timestamp">When the alarm fired.</param>
    protected override void OnAlarm(ulong timestamp)
    {
        if (_printing)
            Finish(_printed > 0 ? _printed : (long)Status.TimedOut);
    }

    /// <summary>Puts the next byte on the data lines and pulses STROBE; fetches the next piece of the job first if needed.</summary>
    private void PrintNext()
    {
        if (_printed == _chunkStart + _chunkLength)
        {
            _chunkStart = _printed;
            _chunkLength = Math.Min(_job.Count - _printed, _buffer.Length);
            Status copied = CopyFromClient(_job, _chunkStart, _buffer.AsSpan(0, _chunkLength));
            if (copied != Status.Ok)
            {
                Finish(_printed > 0 ? _printed : (long)copied);
                return;
            }
        }

        // BUSY may still be up for a moment after the last byte's acknowledge (QEMU's port shows it on every other
        // read of the status register): a second job failed on it at once. Look again a few times before giving up.
        byte status = DevIo.InByte(StatusPort);
        for (int look = 1; look < BusyLooks && (status & StatusPaperOut) == 0 && (status & StatusNotBusy) == 0; look++)
            status = DevIo.InByte(StatusPort);
        if ((status & StatusPaperOut) != 0 || (status & StatusNotBusy) == 0)
        {
            Finish(_printed > 0 ? _printed : (long)Status.IoError);
            return;
        }

        var pulse = new PortBatch(PortAccess.Output | PortAccess.Byte);
        pulse.Add(DataPort, _buffer[_printed - _chunkStart]).Add(ControlPort, ControlIdle | ControlStrobe).Add(ControlPort, ControlIdle);
        pulse.Run();
        Alarm.Set(AckTimeoutTicks);
    }

    private void Finish(long result)
    {
        _printing = false;
        Alarm.Cancel();
        Complete(_job, result);
    }
}

/// <summary>The printer driver's program.</summary>
public static class Program
{
    /// <summary>Runs the driver.</summary>
    public static void Main() => new PrinterDriver().Run();
}
