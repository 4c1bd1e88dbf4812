using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>SYS_KILL: ends another process (the reincarnation server uses it on a service that stopped answering).</summary>
    private static Status DoKill(Microkernel kernel, Process caller, ref Message message)
    {
        KillRequest request = message.Payload<KillRequest>();
        Status status = kernel.Find(request.Target, out Process target);
        if (status != Status.Ok)
            return status;
        if (target.IsTask)
            return Status.InvalidArgument;
        kernel.Kill(target, ExitReason.Killed, (int)request.Reason);
        return target == caller ? Status.DontReply : Status.Ok;
    }
}
