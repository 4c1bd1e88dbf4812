using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Posix.Abi;

namespace Minix.Servers.Tty;

/// <summary>
/// One terminal line (a serial port, or the PC console's keyboard and screen): its settings (<see cref="Termios"/>),
/// the input queue the line discipline fills, the reads, writes and ioctls waiting on it, and the controlling
/// process whose process group its signal characters reach. The files beside this one hold the line discipline by
/// subject: input (<c>Input</c>), reading (<c>Reading</c>), output and echo (<c>Output</c>), ioctls (<c>Control</c>).
/// </summary>
internal sealed partial class TerminalLine
{
    /// <summary>MAX_INPUT: bytes the input queue holds; a canonical line is cut one byte short of it (room for its end).</summary>
    public const int InputCapacity = 4096;

    /// <summary>Reads, and writes, that may wait on a line at once.</summary>
    public const int MaxWaiting = 8;

    private readonly TerminalServer _server;
    private readonly TerminalDevice _device;
    private readonly Waiting _reads = new(MaxWaiting);
    private readonly Waiting _writes = new(MaxWaiting);
    private readonly byte[] _scratch = new byte[256];
    private Termios _termios = Termios.Defaults();
    private WindowSize _size;
    private Endpoint _controller = Endpoint.None;
    private int _opens;

    /// <summary>Creates a line on <paramref name="device"/>.</summary>
    /// <param name="server">The terminal server (answers, copies, signals).</param>
    /// <param name="device">Where output goes.</param>
    public TerminalLine(TerminalServer server, TerminalDevice device)
    {
        _server = server;
        _device = device;
        _size = DeviceSize();
    }

    /// <summary>The line's settings, for tests.</summary>
    public Termios Settings => _termios;

    /// <summary>The process the line's signals go to (the leader of the session it controls), or <see cref="Endpoint.None"/>.</summary>
    public Endpoint Controller => _controller;

    private bool Has(TerminalLocalFlags flag) => (_termios.LocalFlags & flag) != 0;

    private bool Has(TerminalInputFlags flag) => (_termios.InputFlags & flag) != 0;

    private bool Has(TerminalOutputFlags flag) => (_termios.OutputFlags & flag) != 0;

    /// <summary>Whether <paramref name="c"/> is the control character at <paramref name="index"/> (a disabled one matches nothing).</summary>
    private bool Is(byte c, int index) => _termios.Characters[index] != Termios.Disabled && c == _termios.Characters[index];

    /// <summary>An open: a session leader's open that the virtual file system flags makes the line its controlling terminal.</summary>
    /// <param name="request">The open.</param>
    /// <returns><see cref="Status.Ok"/>.</returns>
    public Status Open(in IoRequest request)
    {
        _opens++;
        if ((request.Flags & DeviceRequestFlags.ControllingTerminal) != 0)
            _controller = request.User;
        return Status.Ok;
    }

    /// <summary>A close; the last one puts the line back as it started: default settings, no input, no controlling process.</summary>
    public void Close()
    {
        if (_opens > 0 && --_opens > 0)
            return;
        _termios = Termios.Defaults();
        _size = DeviceSize();
        _controller = Endpoint.None;
        DropInput();
    }

    /// <summary>The client gives up a read, write or ioctl it sent (its process was interrupted or ended).</summary>
    /// <param name="request">The cancel, naming the request by its id.</param>
    public void Cancel(in IoRequest request)
    {
        if (_reads.Remove(request.Client, request.Id, out Pending read))
            _server.Answer(read.Request, read.Done > 0 ? read.Done : (long)Status.Interrupted);
        else if (_writes.Remove(request.Client, request.Id, out Pending write))
            _server.Answer(write.Request, write.Done > 0 ? write.Done : (long)Status.Interrupted);
    }

    /// <summary>Sends <paramref name="signal"/> to the controlling process; the process manager passes a terminal's
    /// signals to its whole process group.</summary>
    private void Raise(Signal signal)
    {
        if (_controller != Endpoint.None && _server.Raise(_controller, signal) == Status.DeadEndpoint)
            _controller = Endpoint.None;
    }

    private WindowSize DeviceSize() => new() { Rows = (ushort)_device.Rows, Columns = (ushort)_device.Columns };

    /// <summary>A read or write waiting on the line, with how far it got and (a raw read) when its timer runs out.</summary>
    private struct Pending
    {
        public IoRequest Request;
        public int Done;
        public ulong Deadline;
    }

    /// <summary>A first-in, first-out queue of waiting requests.</summary>
    private sealed class Waiting(int capacity)
    {
        private readonly Pending[] _items = new Pending[capacity];

        public int Count { get; private set; }

        public bool IsFull => Count == _items.Length;

        public ref Pending First => ref _items[0];

        public ref Pending this[int index] => ref _items[index];

        public void Add(in IoRequest request, int done, ulong deadline) =>
            _items[Count++] = new Pending { Request = request, Done = done, Deadline = deadline };

        public void RemoveFirst() => RemoveAt(0);

        public bool Remove(Endpoint client, int id, out Pending removed)
        {
            for (int i = 0; i < Count; i++)
            {
                if (_items[i].Request.Client == client && _items[i].Request.Id == id)
                {
                    removed = _items[i];
                    RemoveAt(i);
                    return true;
                }
            }

            removed = default;
            return false;
        }

        private void RemoveAt(int index)
        {
            for (int i = index; i < Count - 1; i++)
                _items[i] = _items[i + 1];
            _items[--Count] = default;
        }
    }
}
