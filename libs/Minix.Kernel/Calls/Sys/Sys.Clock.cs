using Minix.Ipc;

namespace Minix.Kernel.Calls;

public static partial class Sys
{
    /// <summary>SYS_SETALARM: arms the caller's one alarm; when it expires a CLOCK notification arrives.</summary>
    /// <param name="ticks">Ticks from now (0 cancels), or an absolute uptime if <paramref name="absolute"/>.</param>
    /// <param name="absolute">Whether <paramref name="ticks"/> is absolute.</param>
    /// <param name="timeLeft">Ticks that were left on the previous alarm, or <see cref="SetAlarmReply.Never"/>.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.SetAlarm)]
    public static Status SetAlarm(ulong ticks, bool absolute, out ulong timeLeft)
    {
        Status status = Call(KernelCall.SetAlarm, new SetAlarmRequest { Ticks = ticks, Absolute = absolute ? 1 : 0 }, out Message reply);
        timeLeft = status == Status.Ok ? reply.Payload<SetAlarmReply>().TimeLeft : SetAlarmReply.Never;
        return status;
    }

    /// <summary>SYS_SETALARM, relative: arms the caller's one alarm <paramref name="ticks"/> from now and answers when "now" was.</summary>
    /// <param name="ticks">Ticks from now (0 cancels).</param>
    /// <param name="reply">The ticks left on the previous alarm and the uptime the call saw, so the alarm expires at its uptime plus <paramref name="ticks"/>.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.SetAlarm)]
    public static Status SetAlarm(ulong ticks, out SetAlarmReply reply)
    {
        Status status = Call(KernelCall.SetAlarm, new SetAlarmRequest { Ticks = ticks }, out Message answer);
        reply = status == Status.Ok ? answer.Payload<SetAlarmReply>() : default;
        return status;
    }

    /// <summary>SYS_TIMES: accounting times of a process and the uptime.</summary>
    /// <param name="target">The process, or <see cref="Endpoint.Self"/>.</param>
    /// <param name="times">The answer.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.Times)]
    public static Status Times(Endpoint target, out TimesReply times)
    {
        Status status = Call(KernelCall.Times, new TimesRequest { Target = target }, out Message reply);
        times = status == Status.Ok ? reply.Payload<TimesReply>() : default;
        return status;
    }
}
