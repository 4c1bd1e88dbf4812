using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>SYS_TIMES: a process's accounting ticks and the uptime.</summary>
    private static Status DoTimes(Microkernel kernel, Process caller, ref Message message)
    {
        Endpoint target = message.Payload<TimesRequest>().Target;
        Process process = caller;
        if (target != Endpoint.Self)
        {
            Status status = kernel.Find(target, out process);
            if (status != Status.Ok)
                return status;
        }

        message.Payload<TimesReply>() = new TimesReply { UserTicks = process.UserTicks, SystemTicks = process.SystemTicks, Uptime = kernel.Uptime };
        return Status.Ok;
    }
}
