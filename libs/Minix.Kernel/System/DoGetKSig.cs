namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>
    /// SYS_GETKSIG: the next process the caller manages that has signals from the kernel (a fault, or SYS_KILL from a
    /// server), which stays stopped until SYS_ENDKSIG (its fault, if any, is kept for the frame of SYS_SIGSEND); <see cref="Status.NotFound"/> once there is none.
    /// </summary>
    private static Status DoGetKSig(Microkernel kernel, Process caller, ref Message message)
    {
        foreach (Process process in kernel._table)
        {
            if (process.KernelSignals == 0 || !process.IsAlive || kernel.SignalManagerOf(process) != caller)
                continue;
            message.Payload<GetKSigReply>() = new GetKSigReply
            {
                Process = process.Endpoint, Signals = process.KernelSignals, Vector = process.FaultVector,
                InstructionPointer = process.FaultInstruction, FaultAddress = process.FaultAddress,
            };
            process.KernelSignals = 0;
            return Status.Ok;
        }

        return Status.NotFound;
    }
}
