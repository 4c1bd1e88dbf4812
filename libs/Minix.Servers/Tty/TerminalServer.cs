using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Calls;
using Minix.Servers.Vfs;

namespace Minix.Servers.Tty;

/// <summary>
/// The terminal server (TTY, boot slot 5): a user-mode character driver, major 4, label <c>tty</c>, with two lines:
/// the first serial port (COM1, /dev/ttyS0, minor 16) and the PC console (PS/2 keyboard and VGA text screen,
/// /dev/tty0, minor 1). /dev/console (minor 0) is the line the boot parameter <c>console=</c> names: <c>com1</c> (the
/// default) or <c>vga</c>. Each line runs the line discipline (<see cref="TerminalLine"/>): canonical input with echo,
/// erase and kill, ^C and ^\ as signals to the controlling process, ^D as end of file, raw mode through termios.
/// </summary>
/// <remarks>
/// <para>
/// Least privilege (system.conf): the UART's ports and IRQ 4, the keyboard controller's ports and IRQ 1, the CRT
/// controller's ports for the cursor, text memory (<c>mem b8000:8000</c>, mapped with SYS_MAPPHYS), and SYS_KILL to
/// raise the signals the keyboard makes. A line whose hardware it may not use (or that is absent) is left out and
/// said so; the server runs with what it has.
/// </para>
/// <para>
/// Every request is answered by this process's own loop: a read waits (its reply deferred) until its line has what
/// it needs, a write until the serial line has room; the virtual file system cancels either when the process behind
/// it is interrupted. The kernel prints its log on COM1 too, by polling between our bursts of output.
/// </para>
/// </remarks>
public sealed class TerminalServer : CharacterDriver
{
    private const int SerialNotifyId = 0;
    private const int KeyboardNotifyId = 1;

    private readonly ushort _serialPort;
    private readonly int _serialIrq;
    private SerialLine? _serial;
    private PcKeyboard? _keyboard;
    private TerminalLine? _serialLine;
    private TerminalLine? _pcLine;
    private TerminalLine? _consoleLine;
    private int _hz = 100;
    private ulong _armed;

    /// <summary>Creates the server.</summary>
    /// <param name="serialPort">The serial line's first port (COM1).</param>
    /// <param name="serialIrq">Its IRQ.</param>
    public TerminalServer(ushort serialPort = SerialLine.Com1, int serialIrq = SerialLine.Com1Irq)
    {
        _serialPort = serialPort;
        _serialIrq = serialIrq;
    }

    /// <summary>The uptime in clock ticks (one kernel call).</summary>
    internal ulong Now => Alarm.Uptime();

    /// <summary>Starts the lines whose hardware the server may use; fails only if it has none.</summary>
    /// <returns><see cref="Status.Ok"/>, or <see cref="Status.NoSuchDevice"/> with no line at all.</returns>
    protected override Status OnInitFresh()
    {
        _hz = Math.Max(1, Alarm.Hz());
        var serial = new SerialLine(_serialPort);
        Status status = serial.Start(_serialIrq, SerialNotifyId);
        if (status == Status.Ok)
        {
            _serial = serial;
            _serialLine = new TerminalLine(this, serial);
        }
        else
        {
            Say("no serial line: "u8, status);
        }

        var screen = new VgaScreen();
        status = screen.Start();
        if (status == Status.Ok)
        {
            _pcLine = new TerminalLine(this, new PcConsole(screen));
            var keyboard = new PcKeyboard();
            status = keyboard.Start(KeyboardNotifyId);
            if (status == Status.Ok)
                _keyboard = keyboard;
            else
                Say("no keyboard: "u8, status);
        }
        else
        {
            Say("no VGA text screen: "u8, status);
        }

        Span<byte> console = stackalloc byte[8];
        bool vga = BootParameters.TryGet("console"u8, console, out int length) && console.Slice(0, length).SequenceEqual("vga"u8);
        _consoleLine = vga ? _pcLine ?? _serialLine : _serialLine ?? _pcLine;
        if (_consoleLine is null)
            return Status.NoSuchDevice;
        Log.Write(_serialLine is not null && _pcLine is not null ? "ready: ttyS0 (COM1), tty0 (keyboard and VGA)"u8
            : _serialLine is not null ? "ready: ttyS0 (COM1)"u8 : "ready: tty0 (keyboard and VGA)"u8);
        return Status.Ok;
    }

    /// <summary>Opens a line; the virtual file system's flag makes it the opener's controlling terminal.</summary>
    /// <param name="request">The open.</param>
    /// <returns><see cref="Status.Ok"/>, or <see cref="Status.NoSuchDevice"/> for a minor with no line.</returns>
    protected override Status OpenRequest(in IoRequest request) => LineOf(request.Minor) is { } line ? line.Open(request) : Status.NoSuchDevice;

    /// <summary>Closes a line.</summary>
    /// <param name="minor">The minor.</param>
    /// <returns><see cref="Status.Ok"/>.</returns>
    protected override Status Close(int minor)
    {
        LineOf(minor)?.Close();
        ResumeInput();
        return Status.Ok;
    }

    /// <summary>A read of a line.</summary>
    /// <param name="request">The read.</param>
    /// <returns>Bytes, a status, or <see cref="DeviceDriver.Suspend"/>.</returns>
    protected override long Read(in IoRequest request)
    {
        long result = LineOf(request.Minor) is { } line ? line.Read(request) : (long)Status.NoSuchDevice;
        if (result >= 0)
            ResumeInput();
        ArmTimer();
        return result;
    }

    /// <summary>A write to a line.</summary>
    /// <param name="request">The write.</param>
    /// <returns>Bytes, a status, or <see cref="DeviceDriver.Suspend"/>.</returns>
    protected override long Write(in IoRequest request) => LineOf(request.Minor) is { } line ? line.Write(request) : (long)Status.NoSuchDevice;

    /// <summary>An ioctl on a line.</summary>
    /// <param name="request">The ioctl.</param>
    /// <returns>0 or a status.</returns>
    protected override long Ioctl(in IoRequest request)
    {
        long result = LineOf(request.Minor) is { } line ? line.Control(request) : (long)Status.NoSuchDevice;
        ResumeInput();
        return result;
    }

    /// <summary>The virtual file system gives up a read or write (its process was interrupted): it is answered now.</summary>
    /// <param name="request">The cancel.</param>
    protected override void Cancel(in IoRequest request) => LineOf(request.Minor)?.Cancel(request);

    /// <summary>The UART or the keyboard interrupted.</summary>
    /// <param name="interrupts">The pending bits.</param>
    protected override void OnInterrupt(ulong interrupts)
    {
        if (_serial is not null && _serialLine is not null && (interrupts & _serial.InterruptMask) != 0)
            _serial.Service(_serialLine);
        if (_keyboard is not null && _pcLine is not null && (interrupts & _keyboard.InterruptMask) != 0)
            _keyboard.Service(_pcLine);
        ArmTimer();
    }

    /// <summary>A raw read's timer ran out.</summary>
    /// <param name="timestamp">The uptime.</param>
    protected override void OnAlarm(ulong timestamp)
    {
        _armed = 0;
        ulong now = Now;
        _serialLine?.Tick(now);
        _pcLine?.Tick(now);
        ResumeInput();
        ArmTimer();
    }

    /// <summary>Answers a request a line kept waiting.</summary>
    internal void Answer(in IoRequest request, long result) => Complete(request, result);

    /// <summary>Copies from the client's grant.</summary>
    internal static Status CopyIn(in IoRequest request, long offset, Span<byte> into) => CopyFromClient(request, offset, into);

    /// <summary>Copies into the client's grant.</summary>
    internal static Status CopyOut(in IoRequest request, long offset, ReadOnlySpan<byte> from) => CopyToClient(request, offset, from);

    /// <summary>SYS_KILL with a signal for a user process: its process manager passes a terminal's signals to its process group.</summary>
    [UsesKernelCall(KernelCall.Kill)]
    internal Status Raise(Endpoint process, Signal signal) => Sys.RaiseSignal(process, signal);

    /// <summary>Clock ticks in <paramref name="tenths"/> tenths of a second (at least one).</summary>
    internal ulong TicksOf(int tenths) => (ulong)Math.Max(1, tenths * _hz / 10);

    private TerminalLine? LineOf(int minor) => minor switch
    {
        DeviceTable.ConsoleMinor => _consoleLine,
        DeviceTable.PcConsoleMinor => _pcLine,
        DeviceTable.FirstSerialMinor => _serialLine,
        _ => null,
    };

    /// <summary>A read took input while the serial line held input back: the bytes waiting in the UART come in now.</summary>
    private void ResumeInput()
    {
        if (_serial is { IsHeld: true } && _serialLine is not null && _serialLine.AcceptsInput)
            _serial.Service(_serialLine);
    }

    /// <summary>Sets the alarm for the soonest raw-read timer of any line (one alarm a process).</summary>
    private void ArmTimer()
    {
        ulong next = Soonest(_serialLine?.NextDeadline ?? 0, _pcLine?.NextDeadline ?? 0);
        if (next == 0 || next == _armed)
            return;
        ulong now = Now;
        _armed = next;
        Alarm.Set(next > now ? next - now : 1);
    }

    private static ulong Soonest(ulong a, ulong b) => a == 0 ? b : b == 0 ? a : Math.Min(a, b);

    private static void Say(ReadOnlySpan<byte> what, Status status)
    {
        var line = new LogText(stackalloc byte[96]);
        line.Append(what).Append(status);
        Log.Write(line.Text);
    }
}
