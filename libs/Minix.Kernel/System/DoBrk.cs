namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>SYS_BRK: moves the end of a managed process's data (new zeroed pages up to the new end), or tells where it is.</summary>
    private static Status DoBrk(Microkernel kernel, Process caller, ref Message message)
    {
        BrkRequest request = message.Payload<BrkRequest>();
        Status status = kernel.FindManaged(caller, request.Target, out Process target);
        if (status != Status.Ok)
            return status;
        ulong end = kernel.Machine.SetBreak(target, request.End);
        message.Payload<BrkReply>().End = end;
        return request.End == 0 || end >= request.End ? Status.Ok : Status.OutOfMemory;
    }
}
