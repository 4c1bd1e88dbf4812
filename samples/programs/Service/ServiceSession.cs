using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Grants;
using Minix.Samples.Rtc;

namespace Minix.Samples.Service;

/// <summary>
/// The <c>service</c> command of MINIX as a scripted session: asks the reincarnation server (RS) to take one service
/// down, bring it up and restart it, follows the service's endpoint in the data store (DS) after each change, and
/// talks to the service to show whether it is there. Each step prints what happened on a line of its own.
/// </summary>
/// <remarks>
/// <para>
/// It is an ordinary user program: it may only SENDREC, and it can not be notified, so it follows DS with
/// <see cref="DataStore.WaitForChange"/> (DS holds the answer until the label maps to another endpoint; the user
/// program's form of a subscription) and <see cref="DataStore.Lookup"/>. RS lets it control the service only if the
/// service's system.conf entry names it in <c>control</c>.
/// </para>
/// <para>
/// The steps (<c>service.do=</c>, separated by commas): <c>ask</c> reads minor 0 of the service as text (the clock
/// answers the date and time); <c>time</c> asks the clock for the time with its ioctl; <c>restart</c>, <c>down</c>
/// and <c>up</c> are the requests to RS, each followed by what DS and the service say afterwards; <c>crash</c> asks
/// RS to make the service dereference null (RS passes it on, as the service's control list allows) and times how long RS takes to bring it back (a second crash shows the back-off).
/// </para>
/// All memory is allocated when the session is created; the steps allocate nothing.
/// </remarks>
public sealed class ServiceSession
{
    /// <summary>The longest label.</summary>
    public const int MaxLabel = ProcessName.Capacity;

    /// <summary>How long <c>down</c> watches that RS leaves the service down, in seconds.</summary>
    public const int DownWatchSeconds = 3;

    /// <summary>The most bytes <c>ask</c> reads.</summary>
    public const int TextCapacity = 32;

    private const int LineLength = 160;

    private readonly byte[] _label = new byte[MaxLabel];
    private readonly int _labelLength;
    private readonly GrantTable _grants = new(2);
    private readonly byte[] _text = PinnedMemory.Allocate(TextCapacity);
    private readonly byte[] _time = PinnedMemory.Allocate(Unsafe.SizeOf<RtcTime>());
    private Endpoint _known = Endpoint.None;
    private int _hz = 100;

    /// <summary>Prepares a session.</summary>
    /// <param name="label">The service's label (at most <see cref="MaxLabel"/> bytes).</param>
    public ServiceSession(ReadOnlySpan<byte> label)
    {
        _labelLength = Math.Min(label.Length, MaxLabel);
        label.Slice(0, _labelLength).CopyTo(_label);
    }

    private ReadOnlySpan<byte> Label => _label.AsSpan(0, _labelLength);

    /// <summary>Finds the service in DS, then runs the steps in order.</summary>
    /// <param name="steps">Step names separated by commas.</param>
    /// <returns>0 if every step did what it should, 1 otherwise.</returns>
    public int Run(ReadOnlySpan<byte> steps)
    {
        _grants.Register();
        int hz = Alarm.Hz();
        if (hz > 0)
            _hz = hz;
        if (DataStore.WaitForChange(Label, Endpoint.None, out _known) != Status.Ok)
        {
            Print("cannot reach the data store"u8);
            return 1;
        }

        var line = new LogText(stackalloc byte[LineLength]);
        line.Append("DS has "u8).Append(Label).Append(" at endpoint "u8).Append(_known);
        Log.Write(line.Text);

        int count = 0;
        int failed = 0;
        ReadOnlySpan<byte> rest = steps;
        while (rest.Length > 0)
        {
            int comma = rest.IndexOf((byte)',');
            ReadOnlySpan<byte> step = comma < 0 ? rest : rest.Slice(0, comma);
            rest = comma < 0 ? default : rest.Slice(comma + 1);
            if (step.Length == 0)
                continue;
            count++;
            if (!Step(step))
                failed++;
        }

        var done = new LogText(stackalloc byte[LineLength]);
        done.Append("done: "u8).Append(count).Append(" steps, "u8).Append(failed).Append(" failed"u8);
        Log.Write(done.Text);
        return failed == 0 ? 0 : 1;
    }

    private bool Step(ReadOnlySpan<byte> step)
    {
        if (step.SequenceEqual("ask"u8))
            return Ask(_known);
        if (step.SequenceEqual("time"u8))
            return Time();
        if (step.SequenceEqual("restart"u8))
            return Restart();
        if (step.SequenceEqual("down"u8))
            return Down();
        if (step.SequenceEqual("up"u8))
            return Up();
        if (step.SequenceEqual("crash"u8))
            return Crash();
        var line = new LogText(stackalloc byte[LineLength]);
        line.Append("unknown step '"u8).Append(step).Append("'"u8);
        Log.Write(line.Text);
        return false;
    }

    /// <summary><c>service restart</c>: RS replaces the service; DS announces the new endpoint; the old one is dead.</summary>
    private bool Restart()
    {
        Endpoint old = _known;
        Status status = ServiceControl.Restart(Label);
        Said("restart "u8, status);
        if (status != Status.Ok || !Announced(old))
            return false;
        bool answers = Ask(_known);
        return Ask(old, expectDead: true) && answers;
    }

    /// <summary><c>service down</c>: RS stops the service and leaves it down; DS no longer names it.</summary>
    private bool Down()
    {
        Endpoint old = _known;
        Status status = ServiceControl.Down(Label);
        Said("down "u8, status);
        if (status != Status.Ok)
            return false;
        bool dead = Ask(old, expectDead: true);
        bool unnamed = NotInDataStore();

        // A user program cannot receive an alarm: it watches the clock (0 would mean the time is not available).
        ulong until = Alarm.Uptime() + (ulong)(DownWatchSeconds * _hz);
        ulong now;
        do
        {
            now = Alarm.Uptime();
        }
        while (now != 0 && now < until);

        status = ServiceControl.Query(Label, out ServiceStatusReply reply);
        var line = new LogText(stackalloc byte[LineLength]);
        line.Append("after "u8).Append(DownWatchSeconds).Append(" s RS reports "u8).Append(Label).Append(" "u8);
        if (status == Status.Ok)
            line.Append(StateName(reply.State)).Append(", endpoint "u8).Append(reply.Endpoint).Append(", restarts "u8).Append(reply.Restarts);
        else
            line.Append(status);
        Log.Write(line.Text);
        bool stays = status == Status.Ok && reply.State == ServiceState.Down;
        return dead && unnamed && stays && NotInDataStore();
    }

    /// <summary><c>service up</c>: RS starts the service again; DS announces it.</summary>
    private bool Up()
    {
        Endpoint old = _known;
        Status status = ServiceControl.Up(Label);
        Said("up "u8, status);
        return status == Status.Ok && Announced(old) && Ask(_known);
    }

    /// <summary>Asks the service to crash and times how long RS takes to bring it back.</summary>
    private bool Crash()
    {
        Endpoint old = _known;
        ulong start = Alarm.Uptime();
        Status status = Misbehave.Request(Label, Misbehaviour.NullDereference);
        var line = new LogText(stackalloc byte[LineLength]);
        line.Append("asked "u8).Append(Label).Append(" at "u8).Append(old).Append(" to crash: "u8).Append(status);
        Log.Write(line.Text);
        if (status != Status.Ok || DataStore.WaitForChange(Label, old, out _known) != Status.Ok)
            return false;
        ulong ticks = Alarm.Uptime() - start;
        var back = new LogText(stackalloc byte[LineLength]);
        back.Append(Label).Append(" is back at endpoint "u8).Append(_known).Append(" after "u8).Append((long)(ticks * 1000 / (ulong)_hz)).Append(" ms"u8);
        Log.Write(back.Text);
        return Ask(_known);
    }

    /// <summary>Waits until DS maps the label to something other than <paramref name="old"/>, and says so.</summary>
    private bool Announced(Endpoint old)
    {
        Status status = DataStore.WaitForChange(Label, old, out Endpoint next);
        var line = new LogText(stackalloc byte[LineLength]);
        if (status == Status.Ok)
        {
            _known = next;
            line.Append("DS announces "u8).Append(Label).Append(" at endpoint "u8).Append(next).Append(" (was "u8).Append(old).Append(")"u8);
        }
        else
        {
            line.Append("DS did not announce "u8).Append(Label).Append(": "u8).Append(status);
        }

        Log.Write(line.Text);
        return status == Status.Ok && next != old;
    }

    private bool NotInDataStore()
    {
        Status status = DataStore.Lookup(Label, out Endpoint value);
        var line = new LogText(stackalloc byte[LineLength]);
        if (status == Status.Ok)
            line.Append("DS still has "u8).Append(Label).Append(" at endpoint "u8).Append(value);
        else
            line.Append("DS has no "u8).Append(Label).Append(" ("u8).Append(status).Append(")"u8);
        Log.Write(line.Text);
        return status == Status.NotFound;
    }

    /// <summary>Reads minor 0 as text and prints it, or why not.</summary>
    /// <param name="driver">Where to ask.</param>
    /// <param name="expectDead">Whether the endpoint should be dead (then success is its not answering).</param>
    private bool Ask(Endpoint driver, bool expectDead = false)
    {
        var device = DeviceClient.Character(driver);
        long result = device.Open(0, DeviceAccess.Read);
        if (result >= 0)
        {
            GrantId grant = _grants.Grant(driver, _text.AsSpan(), GrantFlags.Write);
            result = grant.IsValid ? device.Read(0, 0, grant, _text.Length) : (long)Status.NoSpace;
            _grants.Revoke(grant);
            device.Close(0);
        }

        var line = new LogText(stackalloc byte[LineLength]);
        line.Append(Label).Append(" at "u8).Append(driver);
        if (result >= 0)
        {
            ReadOnlySpan<byte> text = _text.AsSpan(0, (int)result);
            if (text.Length > 0 && text[text.Length - 1] == (byte)'\n')
                text = text.Slice(0, text.Length - 1);
            line.Append(" answers "u8).Append(text);
        }
        else
        {
            line.Append(" does not answer: "u8).Append((Status)result);
        }

        Log.Write(line.Text);
        return expectDead ? result == (long)Status.DeadEndpoint : result >= 0;
    }

    /// <summary>Asks the clock for the time with <see cref="RtcDriver.IoctlGetTime"/>.</summary>
    private bool Time()
    {
        var device = DeviceClient.Character(_known);
        long result = device.Open(0, DeviceAccess.Read);
        if (result >= 0)
        {
            GrantId grant = _grants.Grant(_known, _time.AsSpan(), GrantFlags.Write);
            result = grant.IsValid ? device.Ioctl(0, RtcDriver.IoctlGetTime, grant) : (long)Status.NoSpace;
            _grants.Revoke(grant);
            device.Close(0);
        }

        var line = new LogText(stackalloc byte[LineLength]);
        line.Append(Label).Append(" at "u8).Append(_known).Append(" time ioctl: "u8);
        if (result < 0)
        {
            line.Append((Status)result);
            Log.Write(line.Text);
            return false;
        }

        RtcTime time = MemoryMarshal.Read<RtcTime>(_time);
        line.Append(time.Year).Append("-"u8);
        Two(ref line, time.Month).Append("-"u8);
        Two(ref line, time.Day).Append(" "u8);
        Two(ref line, time.Hour).Append(":"u8);
        Two(ref line, time.Minute).Append(":"u8);
        Two(ref line, time.Second).Append(" weekday "u8).Append(time.Weekday);
        Log.Write(line.Text);
        return true;
    }

    private static ref LogText Two(ref LogText line, int value)
    {
        if (value >= 0 && value < 10)
            line.Append("0"u8);
        return ref line.Append(value);
    }

    private void Said(ReadOnlySpan<byte> request, Status status)
    {
        var line = new LogText(stackalloc byte[LineLength]);
        line.Append("RS answers service "u8).Append(request).Append(Label).Append(": "u8).Append(status);
        Log.Write(line.Text);
    }

    private static void Print(ReadOnlySpan<byte> text) => Log.Write(text);

    private static ReadOnlySpan<byte> StateName(ServiceState state) => state switch
    {
        ServiceState.Starting => "starting"u8,
        ServiceState.Active => "active"u8,
        ServiceState.WaitingRestart => "waiting to restart"u8,
        ServiceState.Stopping => "stopping"u8,
        ServiceState.Down => "down"u8,
        _ => "unknown"u8,
    };
}
