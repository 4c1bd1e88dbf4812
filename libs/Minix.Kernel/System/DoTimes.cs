namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>SYS_TIMES: a process's accounting ticks and the uptime.</summary>
    private static Status DoTimes(Microkernel kernel, Process caller, ref Message message)
    {
        Status status = kernel.FindOrSelf(caller, message.Payload<TimesRequest>().Target, out Process process);
        if (status == Status.Ok)
            message.Payload<TimesReply>() = new TimesReply { UserTicks = process.UserTicks, SystemTicks = process.SystemTicks, Uptime = kernel.Uptime };
        return status;
    }
}
