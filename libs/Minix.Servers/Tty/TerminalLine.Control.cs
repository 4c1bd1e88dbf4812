using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Posix.Abi;

namespace Minix.Servers.Tty;

// ioctl (MINIX's do_ioctl): the termios (tcgetattr/tcsetattr), the window size, FIONREAD. There is no job control,
// so tcgetpgrp/tcsetpgrp get ENOTTY, as in MINIX, and so does every code a terminal does not know.
internal sealed partial class TerminalLine
{
    /// <summary>An ioctl: its data comes and goes through the grant the virtual file system passed on.</summary>
    /// <param name="request">The ioctl.</param>
    /// <returns>0, or a status (ENOTTY for an unknown code).</returns>
    public long Control(in IoRequest request)
    {
        switch ((uint)request.IoctlRequest)
        {
            case TerminalControl.GetAttributes:
                Termios current = _termios;
                return (long)TerminalServer.CopyOut(request, 0, Termios.AsBytes(ref current));
            case TerminalControl.SetAttributes:
            case TerminalControl.SetAttributesDrain:
            case TerminalControl.SetAttributesFlush:
                Termios next = default;
                Status status = TerminalServer.CopyIn(request, 0, Termios.AsBytes(ref next));
                if (status != Status.Ok)
                    return (long)status;
                if ((uint)request.IoctlRequest == TerminalControl.SetAttributesFlush)
                    DropInput();
                Apply(next);
                return 0;
            case TerminalControl.GetWindowSize:
                WindowSize size = _size;
                return (long)TerminalServer.CopyOut(request, 0, AsBytes(ref size));
            case TerminalControl.SetWindowSize:
                WindowSize asked = default;
                status = TerminalServer.CopyIn(request, 0, AsBytes(ref asked));
                if (status != Status.Ok)
                    return (long)status;
                bool changed = asked.Rows != _size.Rows || asked.Columns != _size.Columns;
                _size = asked;
                if (changed)
                    Raise(Signal.WindowChanged);
                return 0;
            case TerminalControl.BytesReadable:
                int readable = Readable;
                return (long)TerminalServer.CopyOut(request, 0, System.Runtime.InteropServices.MemoryMarshal.AsBytes(new Span<int>(ref readable)));
            default:
                return (long)Status.NotTerminal;
        }
    }

    /// <summary>New settings: the queued input is looked at again under them (a line may now be complete, a raw read satisfied).</summary>
    private void Apply(in Termios next)
    {
        bool wasCanonical = Has(TerminalLocalFlags.Canonical);
        _termios = next;
        if (wasCanonical != Has(TerminalLocalFlags.Canonical))
            RemarkLines();
        _literalNext = false;
        InputArrived();
        _device.Flush();
    }

    private static Span<byte> AsBytes(ref WindowSize size) =>
        System.Runtime.InteropServices.MemoryMarshal.AsBytes(new Span<WindowSize>(ref size));
}
