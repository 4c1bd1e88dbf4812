namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>
    /// SYS_SIGRETURN: a managed process, back from its handler and waiting for the caller's reply to its sigreturn,
    /// resumes with the registers its signal frame holds (checked: they cannot take it out of ring 3).
    /// </summary>
    private static Status DoSigReturn(Microkernel kernel, Process caller, ref Message message)
    {
        SigReturnRequest request = message.Payload<SigReturnRequest>();
        Status status = kernel.FindWaiting(caller, request.Target, out Process target);
        if (status != Status.Ok)
            return status;
        status = kernel.Machine.PopSignal(target, request.Frame, out ulong mask);
        if (status != Status.Ok)
            return status;
        message.Payload<SigReturnReply>().Mask = mask;
        kernel.Unblock(target);
        return Status.Ok;
    }
}
