namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>
    /// SYS_SIGSEND: a managed process runs a signal handler: a call it is blocked in ends with EINTR, its registers go
    /// into a frame on its own stack (if it has room: else EFAULT, and the process manager ends it), and it starts at
    /// its signal entry, which must be a user address (else EINVAL, the process untouched).
    /// </summary>
    private static Status DoSigSend(Microkernel kernel, Process caller, ref Message message)
    {
        SigSendRequest request = message.Payload<SigSendRequest>();
        Status status = kernel.FindManaged(caller, request.Target, out Process target);
        if (status != Status.Ok || request.Entry >= MemoryLayout.UserTop) // iretq to a non-canonical address faults in ring 0
            return status != Status.Ok ? status : Status.InvalidArgument;
        if ((target.Flags & (ProcessFlags.Sending | ProcessFlags.Receiving)) != 0)
            kernel.Interrupt(target);
        var header = new SignalFrame { Mask = request.Mask, Signal = request.Signal, Vector = target.FaultVector, FaultAddress = target.FaultAddress };
        target.FaultVector = -1;
        status = kernel.Machine.PushSignal(target, header, request.Entry, request.Handler, out ulong frame);
        message.Payload<SigSendReply>().Frame = frame;
        return status;
    }
}
