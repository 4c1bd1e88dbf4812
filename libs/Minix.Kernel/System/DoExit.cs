namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>SYS_EXIT: the caller ends; its death is reported like any other, with the status.</summary>
    private static Status DoExit(Microkernel kernel, Process caller, ref Message message)
    {
        kernel.Kill(caller, ExitReason.Exited, message.Payload<ExitRequest>().Status);
        return Status.DontReply;
    }
}
