using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Minix.Servers.Pm;

public sealed partial class ProcessManager
{
    /// <summary>alarm(seconds): SIGALRM that many seconds from now (0 cancels); answers what the previous one had left, rounded up.</summary>
    private void SetAlarmFor(ManagedProcess p, long seconds)
    {
        ulong now = Alarm.Uptime();
        long left = p.AlarmAt > now ? (long)((p.AlarmAt - now + (ulong)_hz - 1) / (ulong)_hz) : 0;
        if (seconds < 0 || seconds > int.MaxValue)
        {
            Answer(p, Status.InvalidArgument);
            return;
        }

        p.AlarmAt = seconds == 0 ? 0 : now + (ulong)seconds * (ulong)_hz;
        Answer(p, Status.Ok, left);
        ArmClock();
    }

    /// <summary>Sleeps <paramref name="milliseconds"/> (rounded up to clock ticks): answered when the time is up; a handled signal ends it early with EINTR.</summary>
    private void Sleep(ManagedProcess p, long milliseconds)
    {
        if (milliseconds < 0)
        {
            Answer(p, Status.InvalidArgument);
            return;
        }

        ulong ticks = Math.Max(TicksIn((ulong)milliseconds), 1);
        ulong now = Alarm.Uptime();
        // A wake-up time past what the clock counts is never: it must not wrap round to one already gone.
        ulong wakeAt = ticks > ulong.MaxValue - now ? ulong.MaxValue : now + ticks;
        (p.Waiting, p.WakeAt) = (PmWait.Sleep, wakeAt);
        ArmClock();
    }

    /// <summary>Clock ticks in <paramref name="milliseconds"/>, rounded up; the most a ulong holds if there are more.</summary>
    private ulong TicksIn(ulong milliseconds)
    {
        ulong hz = (ulong)_hz;
        ulong whole = milliseconds / 1000;
        if (whole > (ulong.MaxValue - hz) / hz)
            return ulong.MaxValue;
        return (whole * hz) + ((((milliseconds % 1000) * hz) + 999) / 1000);
    }

    /// <summary>The clock: alarms that are due raise SIGALRM, sleeps that are due end.</summary>
    /// <param name="timestamp">The uptime.</param>
    protected override void OnAlarm(ulong timestamp)
    {
        ulong now = Math.Max(timestamp, Alarm.Uptime());
        foreach (ManagedProcess p in _table)
        {
            if (!p.IsAlive)
                continue;
            if (p.Waiting == PmWait.Sleep && p.WakeAt <= now)
                Answer(p, Status.Ok, 0);
            if (p.AlarmAt != 0 && p.AlarmAt <= now)
            {
                p.AlarmAt = 0;
                Raise(p, Signal.Alarm);
            }
        }

        ArmClock();
    }

    /// <summary>Sets the kernel's one alarm for PM to the earliest alarm or sleep still to come, or cancels it.</summary>
    private void ArmClock()
    {
        ulong next = ulong.MaxValue;
        foreach (ManagedProcess p in _table)
        {
            if (!p.IsAlive)
                continue;
            if (p.AlarmAt != 0)
                next = Math.Min(next, p.AlarmAt);
            if (p.Waiting == PmWait.Sleep)
                next = Math.Min(next, p.WakeAt);
        }

        Sys.SetAlarm(next == ulong.MaxValue ? 0 : next, next != ulong.MaxValue, out _);
    }
}
