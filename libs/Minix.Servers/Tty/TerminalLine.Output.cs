using Minix.DriverKit;
using Minix.Ipc;
using Minix.Posix.Abi;

namespace Minix.Servers.Tty;

// The line discipline's output side (MINIX's out_process): writes, echo, and the output processing of OPOST, ONLCR,
// OCRNL and OXTABS. The line keeps the column the cursor is in, so a tab's echo and its erase agree.
internal sealed partial class TerminalLine
{
    /// <summary>The most a byte grows to in output processing (a tab expanded to spaces).</summary>
    private const int LargestExpansion = 8;

    private int _column;

    /// <summary>
    /// A write: as much as the device takes now; the rest waits for the device to drain (or, with O_NONBLOCK, is not
    /// written). A buffer that cannot be read part-way ends the write at once with the bytes before it.
    /// </summary>
    /// <param name="request">The write.</param>
    /// <returns>Bytes written, a status, or <see cref="DeviceDriver.Suspend"/>.</returns>
    public long Write(in IoRequest request)
    {
        if (request.Count <= 0)
            return 0;
        bool nonBlocking = (request.Flags & DeviceRequestFlags.NonBlocking) != 0;
        int done = 0;
        if (_writes.Count == 0)
        {
            long written = Continue(request, 0, out bool ended);
            if (ended)
                return written;
            done = (int)written;
        }

        if (nonBlocking)
            return done > 0 ? done : (long)Status.TryAgain;
        if (_writes.IsFull)
            return done > 0 ? done : (long)Status.TryAgain;
        _writes.Add(request, done, 0);
        return DeviceDriver.Suspend;
    }

    /// <summary>The device sent what it had: waiting writes go on, oldest first.</summary>
    public void OutputDrained()
    {
        while (_writes.Count > 0)
        {
            ref Pending first = ref _writes.First;
            long written = Continue(first.Request, first.Done, out bool ended);
            if (!ended)
            {
                first.Done = (int)written;
                break;
            }

            IoRequest finished = first.Request;
            _writes.RemoveFirst();
            _server.Answer(finished, written);
        }

        _device.Flush();
    }

    /// <summary>
    /// Processes the client's bytes from <paramref name="done"/> on while the device has room; returns how far it
    /// got, or a copy error if it got nowhere. <paramref name="ended"/> says the write needs no more turns: all of it
    /// is out, or its buffer failed (a retry would fail at the same place, and the writers queued behind would wait
    /// for ever).
    /// </summary>
    private long Continue(in IoRequest request, int done, out bool ended)
    {
        Status failed = Status.Ok;
        while (done < request.Count && _device.Room >= LargestExpansion)
        {
            int n = Math.Min(_scratch.Length, request.Count - done);
            failed = TerminalServer.CopyIn(request, done, _scratch.AsSpan(0, n));
            if (failed != Status.Ok)
                break;
            int used = 0;
            while (used < n && _device.Room >= LargestExpansion)
                Output(_scratch[used++]);
            done += used;
        }

        _device.Flush();
        ended = failed != Status.Ok || done == request.Count;
        return failed != Status.Ok && done == 0 ? (long)failed : done;
    }

    /// <summary>Echoes an input byte: control characters as ^X with ECHOCTL, NL with ECHO or ECHONL; returns the columns it took.</summary>
    private int Echo(byte c)
    {
        bool echo = Has(TerminalLocalFlags.Echo);
        if (c == (byte)'\n')
        {
            if (echo || Has(TerminalLocalFlags.EchoNewline))
                Output(c);
            return 0;
        }

        if (!echo)
            return 0;
        int before = _column;
        if ((c < 0x20 && c != (byte)'\t') || c == 0x7F)
        {
            if (!Has(TerminalLocalFlags.EchoControl))
            {
                Output(c);
                return 0;
            }

            Output((byte)'^');
            Output((byte)(c ^ 0x40));
            return 2;
        }

        Output(c);
        return Math.Max(0, _column - before);
    }

    /// <summary>One byte through output processing to the device, keeping the column.</summary>
    private void Output(byte c)
    {
        if (Has(TerminalOutputFlags.PostProcess))
        {
            if (c == (byte)'\n' && Has(TerminalOutputFlags.MapNewline))
            {
                _device.Put((byte)'\r');
                _device.Put(c);
                _column = 0;
                return;
            }

            if (c == (byte)'\r' && Has(TerminalOutputFlags.MapCarriageReturn))
                c = (byte)'\n';
            if (c == (byte)'\t' && Has(TerminalOutputFlags.ExpandTabs))
            {
                do
                    Output((byte)' ');
                while (_column % 8 != 0);
                return;
            }
        }

        _device.Put(c);
        if (c == (byte)'\r')
            _column = 0;
        else if (c == 0x08)
            _column = Math.Max(0, _column - 1);
        else if (c == (byte)'\t')
            _column = (_column | 7) + 1;
        else if (c >= 0x20 && c != 0x7F && (c & 0xC0) != 0x80)
            _column++;
    }
}
