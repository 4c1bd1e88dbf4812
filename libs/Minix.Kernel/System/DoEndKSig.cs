namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>SYS_ENDKSIG: the process manager has dealt with a process's kernel signals; it runs again unless new ones came.</summary>
    private static Status DoEndKSig(Microkernel kernel, Process caller, ref Message message)
    {
        Status status = kernel.FindManaged(caller, message.Payload<EndKSigRequest>().Process, out Process process);
        if (status != Status.Ok || process.KernelSignals != 0)
            return status;
        process.Flags &= ~ProcessFlags.Signaled;
        kernel.Ready(process);
        return Status.Ok;
    }
}
