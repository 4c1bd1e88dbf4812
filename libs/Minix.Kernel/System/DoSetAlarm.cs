namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>
    /// SYS_SETALARM: (re)arms or cancels the caller's one alarm; on expiry the clock task notifies it. Only
    /// processes with privileges of their own have an alarm (user processes share theirs).
    /// </summary>
    private static Status DoSetAlarm(Microkernel kernel, Process caller, ref Message message)
    {
        SetAlarmRequest request = message.Payload<SetAlarmRequest>();
        PrivilegeSlot slot = caller.Privileges!;
        ulong now = kernel.Uptime;
        ulong previous = slot.AlarmAt;
        if (slot.Owner != caller)
            return Status.PermissionDenied;
        if (request.Absolute == 0 && request.Ticks > ulong.MaxValue - now)
            return Status.InvalidArgument;
        // An absolute time already past expires at the next tick; a relative 0 cancels.
        slot.AlarmAt = request.Absolute != 0 ? Math.Max(request.Ticks, now + 1) : request.Ticks == 0 ? 0 : now + request.Ticks;
        ref SetAlarmReply reply = ref message.Payload<SetAlarmReply>();
        reply.TimeLeft = previous == 0 ? SetAlarmReply.Never : previous > now ? previous - now : 0;
        reply.Uptime = now;
        return Status.Ok;
    }
}
