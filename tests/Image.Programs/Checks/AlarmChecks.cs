using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Image.Programs.Checks;

/// <summary>
/// SYS_SETALARM: an alarm of n ticks fires as a CLOCK notification stamped n ticks (or n + 1) after it was set,
/// and the process, blocked in RECEIVE, does not run before; re-arming reports the time left; cancelling stops it;
/// absolute alarms; refusals. Last, the scheduler: spinning through whole quanta sinks the process a queue per
/// quantum it uses up, and blocking (waiting for an alarm) gives it back its priority.
/// </summary>
public static class AlarmChecks
{
    /// <summary>Ticks of the timed alarm.</summary>
    public const ulong Period = 10;

    /// <summary>Entry point.</summary>
    [UnmanagedCallersOnly(EntryPoint = "alarm_main")]
    public static void Main()
    {
        FiresWithinItsPeriod();
        TimeLeftAndCancel();
        Absolute();
        Check.Report("setalarm-overflow"u8, Arm(ulong.MaxValue, false, out _, out _));
        SpinningSinksAndBlockingRestores();
    }

    private static void SpinningSinksAndBlockingRestores()
    {
        Sys.GetProcessInfo(Endpoint.Self, out ProcessInfo start);
        Sys.Times(Endpoint.Self, out TimesReply before);
        ProcessInfo now = start;
        ulong spun = 0;
        // Never blocks: only used-up quanta can move it. Bounded, so a scheduler that never demotes fails the check.
        while (now.Priority <= start.Priority && spun < 2000)
        {
            Sys.GetProcessInfo(Endpoint.Self, out now);
            Sys.Times(Endpoint.Self, out TimesReply times);
            spun = times.UserTicks - before.UserTicks;
        }

        int sunk = now.Priority;
        Arm(1, false, out _, out _);
        var message = default(Message);
        Messaging.Receive(Endpoint.Any, ref message, out _);
        Sys.GetProcessInfo(Endpoint.Self, out ProcessInfo after);
        Check.Start(stackalloc byte[200], "scheduler-spinning-sinks-blocking-restores"u8, sunk > start.Priority && after.Priority == start.MaxPriority ? Status.Ok : Status.Generic)
            .Text(", queue at start "u8).Decimal(start.Priority).Text(", after spinning "u8).Decimal((long)spun).Text(" ticks "u8).Decimal(sunk)
            .Text(", after blocking "u8).Decimal(after.Priority).Text(", its own queue "u8).Decimal(start.MaxPriority).Line();
    }

    private static void FiresWithinItsPeriod()
    {
        Status status = Arm(Period, false, out ulong previous, out ulong start);
        Sys.Times(Endpoint.Self, out TimesReply before);
        var message = default(Message);
        Status received = Messaging.Receive(Endpoint.Any, ref message, out IpcStatus how);
        Sys.Times(Endpoint.Self, out TimesReply after);
        ulong stamp = message.Payload<NotifyPayload>().Timestamp;
        Check.Start(stackalloc byte[200], "setalarm-fires-in-period"u8, status != Status.Ok ? status : received)
            .Text(", set "u8).Decimal((long)Period).Text(" ticks, previous alarm "u8).Text(previous == SetAlarmReply.Never ? "none"u8 : "some"u8)
            .Text(", first message from "u8).Text(message.Source == Endpoint.Clock && how.IsNotify ? "CLOCK"u8 : "someone else"u8)
            .Text(", after "u8).Decimal((long)(stamp - start)).Text(" ticks, ticks run while waiting "u8).Decimal((long)(after.UserTicks - before.UserTicks)).Line();
    }

    private static void TimeLeftAndCancel()
    {
        Arm(50, false, out _, out _);
        Status status = Arm(20, false, out ulong left, out _);
        Check.Report("setalarm-rearm-reports-time-left"u8, status, "ticks left of the 50"u8, (long)left);
        status = Arm(0, false, out left, out ulong start);
        Check.Report("setalarm-cancel"u8, status, "ticks left of the 20"u8, (long)left);

        // The cancelled 20-tick alarm must not fire: the next notification is the 30-tick one.
        Arm(30, false, out left, out _);
        var message = default(Message);
        Messaging.Receive(Endpoint.Any, ref message, out _);
        Check.Report("setalarm-cancelled-alarm-stays-silent"u8, left == SetAlarmReply.Never ? Status.Ok : Status.Generic,
            "first notification after"u8, (long)(message.Payload<NotifyPayload>().Timestamp - start));
    }

    private static void Absolute()
    {
        Sys.Times(Endpoint.Self, out TimesReply now);
        ulong at = now.Uptime + 15;
        Status status = Arm(at, true, out _, out _);
        var message = default(Message);
        Messaging.Receive(Endpoint.Any, ref message, out _);
        Check.Report("setalarm-absolute"u8, status, "fired at the set uptime"u8, message.Payload<NotifyPayload>().Timestamp == at ? 1 : 0);
    }

    private static Status Arm(ulong ticks, bool absolute, out ulong timeLeft, out ulong uptime)
    {
        Status status = Check.Call(KernelCall.SetAlarm, new SetAlarmRequest { Ticks = ticks, Absolute = absolute ? 1 : 0 }, out Message reply);
        timeLeft = reply.Payload<SetAlarmReply>().TimeLeft;
        uptime = reply.Payload<SetAlarmReply>().Uptime;
        return status;
    }
}
