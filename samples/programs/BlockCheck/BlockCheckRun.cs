using Minix.DriverKit;
using Minix.Ipc;

namespace Minix.Samples.BlockCheck;

/// <summary>
/// What blockcheck does, steered by boot parameters: <c>blockcheck.do</c> lists steps separated by commas:
/// <c>geometry</c> (print the device's size), <c>write</c> (write <see cref="BlockPattern"/> over the range) and
/// <c>verify</c> (read the range back and compare). The range is <c>blockcheck.bytes</c> bytes from byte
/// <c>blockcheck.at</c> of minor <c>blockcheck.minor</c> of the driver <c>blockcheck.device</c> (default <c>ata</c>,
/// minor 0), moved <c>blockcheck.unit</c> bytes a request; with <c>blockcheck.vector=N</c> each request is a gather
/// or scatter of N buffers. A step may name its own minor and position: <c>write:3:1048576</c>. The step
/// <c>crash</c> makes the driver dereference null at once and waits until the data store names its next
/// incarnation (<c>crash:N</c>: at its N-th request from now, and go on at once). Numbers may end in K or M. Without
/// <c>blockcheck.do</c> it does nothing.
/// </summary>
/// <remarks>Every buffer is allocated before the first step; the steps allocate nothing.</remarks>
public sealed class BlockCheckRun
{
    /// <summary>The largest <c>blockcheck.unit</c>.</summary>
    public const int MaxUnit = 1 << 20;

    /// <summary>The minors blockcheck can address (the ATA driver's disks and partitions).</summary>
    public const int MaxMinors = 20;

    private readonly GrantTable _grants = new(BlockDeviceProtocol.MaxVectorElements + 2);
    private readonly BlockDeviceClient?[] _clients = new BlockDeviceClient?[MaxMinors];
    private byte[] _buffer = new byte[0];
    private byte[] _label = new byte[0];
    private int _minor;
    private long _at;
    private long _bytes;
    private int _unit;
    private int _vector;

    /// <summary>Reads the parameters, runs the steps, reports each through the log server.</summary>
    /// <returns>0 if every step passed (or none was asked for), 1 otherwise.</returns>
    public int Run()
    {
        Span<byte> steps = stackalloc byte[512];
        if (!BootParameters.TryGet("blockcheck.do"u8, steps, out int length))
            return 0;
        Span<byte> label = stackalloc byte[32];
        if (!BootParameters.TryGet("blockcheck.device"u8, label, out int labelLength))
        {
            "ata"u8.CopyTo(label);
            labelLength = 3;
        }

        _minor = (int)Number("blockcheck.minor"u8, 0);
        _at = Number("blockcheck.at"u8, 0);
        _bytes = Number("blockcheck.bytes"u8, 1 << 20);
        _unit = (int)Math.Clamp(Number("blockcheck.unit"u8, 64 * 1024), 1, MaxUnit);
        _vector = (int)Math.Clamp(Number("blockcheck.vector"u8, 1), 1, BlockDeviceProtocol.MaxVectorElements);
        _buffer = PinnedMemory.Allocate(_unit);
        _grants.Register();
        _label = label.Slice(0, labelLength).ToArray();

        int minor = _minor;
        long at = _at;
        bool ok = true;
        ReadOnlySpan<byte> rest = steps.Slice(0, length);
        while (ok && rest.Length > 0)
        {
            int comma = rest.IndexOf((byte)',');
            ReadOnlySpan<byte> step = comma < 0 ? rest : rest.Slice(0, comma);
            rest = comma < 0 ? default : rest.Slice(comma + 1);
            _minor = minor;
            _at = at;
            int colon = step.IndexOf((byte)':');
            if (colon >= 0)
            {
                ReadOnlySpan<byte> where = step.Slice(colon + 1);
                step = step.Slice(0, colon);
                int second = where.IndexOf((byte)':');
                _minor = (int)Parse(second < 0 ? where : where.Slice(0, second), minor);
                if (second >= 0)
                    _at = Parse(where.Slice(second + 1), at);
            }

            if (step.SequenceEqual("crash"u8))
            {
                ok = Crash(colon < 0 ? 0 : _minor);
                continue;
            }

            if ((uint)_minor >= MaxMinors)
                return Fail("minor out of range"u8, 0);
            long opened = Disk().Open();
            if (opened < 0)
                return Fail("open"u8, opened);
            if (step.SequenceEqual("geometry"u8))
                ok = Geometry();
            else if (step.SequenceEqual("write"u8))
                ok = Move(write: true);
            else if (step.SequenceEqual("verify"u8))
                ok = Move(write: false);
            else
                ok = Fail("unknown step"u8, 0) == 0;
        }

        for (int m = 0; m < MaxMinors; m++)
            _clients[m]?.Close();
        return ok ? 0 : 1;
    }

    /// <summary>
    /// Asks RS to have the driver dereference null at its <paramref name="afterRequests"/>-th request from now (0: at
    /// once, and then waits for RS to bring it back, following it in the data store). The driver's system.conf entry
    /// must let user programs control it (<c>control USER;</c>).
    /// </summary>
    private bool Crash(int afterRequests)
    {
        Status known = DriverRestart.FindNext(_label, Endpoint.None, out Endpoint old);
        Status asked = known != Status.Ok ? known : Misbehave.Request(_label, Misbehaviour.NullDereference, afterRequests);
        if (asked != Status.Ok)
            return Fail("crash"u8, (long)asked) == 0;
        if (afterRequests > 0)
            return true;
        if (DataStore.WaitForChange(_label, old, out Endpoint next) != Status.Ok)
            return Fail("the driver did not come back"u8, 0) == 0;
        var line = new LogText(stackalloc byte[160]);
        LogClient.Write(line.Append("blockcheck: the driver crashed and came back as endpoint "u8).Append(next).Append("\n"u8).Text);
        return true;
    }

    /// <summary>The client of the current minor (made the first time it is used), which follows the driver through its restarts.</summary>
    private BlockDeviceClient Disk() => _clients[_minor] ??= new BlockDeviceClient(_label, _minor, DeviceAccess.Read | DeviceAccess.Write, _grants);

    /// <summary>Prints the geometry ioctl's answer.</summary>
    private bool Geometry()
    {
        long size = Disk().Geometry(out BlockGeometry geometry);
        if (size < 0)
            return Fail("geometry"u8, size) == 0;
        var line = new LogText(stackalloc byte[160]);
        line.Append("blockcheck: minor "u8).Append(_minor).Append(": "u8).Append(size).Append(" bytes, "u8).Append(geometry.SectorSize)
            .Append("-byte sectors, "u8).Append(geometry.Cylinders).Append("/"u8).Append(geometry.Heads).Append("/"u8).Append(geometry.SectorsPerTrack).Append("\n"u8);
        LogClient.Write(line.Text);
        return true;
    }

    /// <summary>Writes the pattern over the range, or reads it back and compares, <see cref="_unit"/> bytes a request.</summary>
    private bool Move(bool write)
    {
        long requests = 0;
        int repeatsBefore = Disk().Repeats;
        for (long done = 0; done < _bytes; done += _unit)
        {
            int size = (int)Math.Min(_unit, _bytes - done);
            long position = _at + done;
            Span<byte> buffer = _buffer.AsSpan(0, size);
            if (write)
                BlockPattern.Fill(buffer, position);
            long result = Request(position, buffer, write);
            requests++;
            if (result != size)
                return Fail(write ? "write"u8 : "read"u8, result, position) == 0;
            int bad = write ? -1 : BlockPattern.FirstMismatch(buffer, position);
            if (bad >= 0)
                return Fail("verify: the pattern differs"u8, 0, position + bad) == 0;
        }

        var line = new LogText(stackalloc byte[160]);
        line.Append("blockcheck: "u8).Append(write ? "wrote "u8 : "verified "u8).Append(_bytes).Append(" bytes at "u8).Append(_at).Append(" of minor "u8).Append(_minor)
            .Append(" in "u8).Append(requests).Append(_vector > 1 ? " vectored requests"u8 : " requests"u8);
        int repeats = Disk().Repeats - repeatsBefore;
        if (repeats > 0)
            line.Append(", "u8).Append(repeats).Append(repeats == 1 ? " repeated after a driver restart"u8 : " repeated after driver restarts"u8);
        line.Append("\n"u8);
        LogClient.Write(line.Text);
        return true;
    }

    /// <summary>One request: a plain read or write, or a gather or scatter of up to <see cref="_vector"/> equal pieces.</summary>
    private long Request(long position, Span<byte> buffer, bool write)
    {
        if (_vector == 1)
            return write ? Disk().Write(position, buffer) : Disk().Read(position, buffer);
        int pieces = Math.Min(_vector, buffer.Length);
        Span<IoBuffer> vector = stackalloc IoBuffer[pieces];
        int piece = buffer.Length / pieces;
        for (int i = 0; i < pieces; i++)
            vector[i] = IoBuffer.Of(buffer.Slice(i * piece, i == pieces - 1 ? buffer.Length - i * piece : piece));
        return write ? Disk().Scatter(position, vector) : Disk().Gather(position, vector);
    }

    private static int Fail(ReadOnlySpan<byte> what, long result, long position = -1)
    {
        var line = new LogText(stackalloc byte[160]);
        line.Append("blockcheck: FAILED: "u8).Append(what);
        if (result < 0)
            line.Append(": "u8).Append((Status)result);
        else if (result > 0)
            line.Append(": "u8).Append(result).Append(" bytes"u8);
        if (position >= 0)
            line.Append(" at "u8).Append(position);
        LogClient.Write(line.Append("\n"u8).Text);
        return 1;
    }

    /// <summary>A decimal boot parameter, which may end in K or M; <paramref name="fallback"/> if absent or not a number.</summary>
    private static long Number(ReadOnlySpan<byte> key, long fallback)
    {
        Span<byte> text = stackalloc byte[24];
        return BootParameters.TryGet(key, text, out int length) ? Parse(text.Slice(0, length), fallback) : fallback;
    }

    /// <summary>A decimal number, which may end in K or M; <paramref name="fallback"/> if it is not one.</summary>
    private static long Parse(ReadOnlySpan<byte> text, long fallback)
    {
        int length = text.Length;
        if (length == 0)
            return fallback;
        long value = 0;
        int i = 0;
        for (; i < length && text[i] >= (byte)'0' && text[i] <= (byte)'9'; i++)
            value = value * 10 + (text[i] - (byte)'0');
        if (i == 0)
            return fallback;
        if (i == length - 1 && (text[i] == (byte)'K' || text[i] == (byte)'k'))
            return value << 10;
        if (i == length - 1 && (text[i] == (byte)'M' || text[i] == (byte)'m'))
            return value << 20;
        return i == length ? value : fallback;
    }
}
