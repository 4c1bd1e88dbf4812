namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>
    /// SYS_KILL: with a signal, raises it for a user process's process manager to act on (any caller allowed the call:
    /// VFS's SIGPIPE, the terminal's SIGINT); without one, ends the target, which only a privilege manager (the
    /// reincarnation server, on a service that stopped answering) or the target's process manager may do.
    /// </summary>
    private static Status DoKill(Microkernel kernel, Process caller, ref Message message)
    {
        KillRequest request = message.Payload<KillRequest>();
        Status status = kernel.Find(request.Target, out Process target);
        if (status != Status.Ok || target.IsTask)
            return status != Status.Ok ? status : Status.InvalidArgument;
        Process? manager = kernel.SignalManagerOf(target);
        if (request.Signal != 0)
        {
            if (manager is null || (uint)request.Signal >= 64)
                return Status.InvalidArgument;
            kernel.CauseSignal(target, request.Signal);
            return Status.Ok;
        }

        if ((caller.Privileges!.Rights.Flags & PrivilegeFlags.PrivilegeManager) == 0 && manager != caller)
            return Status.PermissionDenied;
        bool exited = request.Reason == ExitReason.Exited;
        kernel.Kill(target, exited ? ExitReason.Exited : ExitReason.Killed, exited ? request.Status : (int)request.Reason);
        return target == caller ? Status.DontReply : Status.Ok;
    }
}
