using Minix.DriverKit;
using Minix.Ipc;
using Minix.Posix.Abi;

namespace Minix.Servers.Tty;

// Reads (MINIX's in_transfer and do_read). Canonical: a read waits for a whole line and returns at most one (the
// end-of-file character ends a line without being delivered; on an empty line the read returns 0). Raw: VMIN and
// VTIME as POSIX says: MIN>0,TIME=0 waits for MIN bytes; MIN=0,TIME=0 returns at once; MIN=0,TIME>0 waits for a byte
// at most TIME tenths of a second from the read; MIN>0,TIME>0 waits for MIN bytes, but at most TIME after the last
// byte that came. Reads that wait are served first come, first served.
internal sealed partial class TerminalLine
{
    /// <summary>A read: answered now if the queue holds what it waits for, else it waits (or, with O_NONBLOCK, EAGAIN).</summary>
    /// <param name="request">The read.</param>
    /// <returns>Bytes read, a status, or <see cref="DeviceDriver.Suspend"/>.</returns>
    public long Read(in IoRequest request)
    {
        if (request.Count <= 0)
            return 0;
        if (_reads.Count == 0 && Satisfied(request.Count, deadlinePassed: false))
            return Deliver(request);
        if ((request.Flags & DeviceRequestFlags.NonBlocking) != 0)
            return (long)Status.TryAgain;
        if (_reads.IsFull)
            return (long)Status.Busy;
        ulong deadline = 0;
        if (!Has(TerminalLocalFlags.Canonical) && Minimum == 0 && Tenths > 0)
            deadline = _server.Now + _server.TicksOf(Tenths);
        _reads.Add(request, 0, deadline);
        return DeviceDriver.Suspend;
    }

    /// <summary>FIONREAD: what a read could take now.</summary>
    public int Readable => Has(TerminalLocalFlags.Canonical) ? (_lineEnds > 0 ? _count : 0) : _count;

    /// <summary>The soonest raw-read timer of the line, or 0 if none runs.</summary>
    public ulong NextDeadline
    {
        get
        {
            ulong next = 0;
            for (int i = 0; i < _reads.Count; i++)
            {
                ulong d = _reads[i].Deadline;
                if (d != 0 && (next == 0 || d < next))
                    next = d;
            }

            return next;
        }
    }

    /// <summary>The clock reached <paramref name="now"/>: a raw read whose timer ran out gets what is there, possibly nothing.</summary>
    /// <param name="now">The uptime in ticks.</param>
    public void Tick(ulong now)
    {
        while (_reads.Count > 0 && _reads.First.Deadline != 0 && _reads.First.Deadline <= now)
        {
            IoRequest read = _reads.First.Request;
            _reads.RemoveFirst();
            _server.Answer(read, Deliver(read));
        }
    }

    private int Minimum => _termios.Characters[ControlCharacter.Minimum];

    private int Tenths => _termios.Characters[ControlCharacter.Time];

    /// <summary>Input came: waiting reads that now have what they wait for are answered; a raw read's inter-byte timer starts again.</summary>
    private void InputArrived()
    {
        while (_reads.Count > 0 && Satisfied(_reads.First.Request.Count, deadlinePassed: false))
        {
            IoRequest read = _reads.First.Request;
            _reads.RemoveFirst();
            _server.Answer(read, Deliver(read));
        }

        if (_reads.Count > 0 && _count > 0 && !Has(TerminalLocalFlags.Canonical) && Minimum > 0 && Tenths > 0)
            _reads.First.Deadline = _server.Now + _server.TicksOf(Tenths);
    }

    /// <summary>Whether a read of <paramref name="count"/> bytes can be answered now.</summary>
    private bool Satisfied(int count, bool deadlinePassed)
    {
        if (Has(TerminalLocalFlags.Canonical))
            return _lineEnds > 0;
        if (Minimum == 0)
            return _count > 0 || Tenths == 0 || deadlinePassed;
        return _count >= Math.Min(Minimum, count);
    }

    /// <summary>Copies what the read may take from the queue to the reader: in canonical mode up to the end of one line.</summary>
    private long Deliver(in IoRequest request)
    {
        bool canonical = Has(TerminalLocalFlags.Canonical);
        int done = 0;
        bool ended = false;
        while (!ended && done < request.Count && _count > 0)
        {
            int n = 0, taken = 0;
            while (n < _scratch.Length && done + n < request.Count && taken < _count)
            {
                ushort cell = _cells[(_head + taken) % InputCapacity];
                taken++;
                if (canonical && (cell & EndOfFile) != 0)
                {
                    ended = true;
                    break;
                }

                _scratch[n++] = (byte)cell;
                if (canonical && (cell & LineEnd) != 0)
                {
                    ended = true;
                    break;
                }
            }

            if (n > 0)
            {
                Status status = TerminalServer.CopyOut(request, done, _scratch.AsSpan(0, n));
                if (status != Status.Ok)
                    return done > 0 ? done : (long)status;
            }

            for (int i = 0; i < taken; i++)
            {
                if ((_cells[(_head + i) % InputCapacity] & LineEnd) != 0)
                    _lineEnds--;
            }

            _head = (_head + taken) % InputCapacity;
            _count -= taken;
            done += n;
        }

        return done;
    }
}
