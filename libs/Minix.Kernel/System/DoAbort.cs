namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>SYS_ABORT: shuts the machine down with the given status.</summary>
    private static Status DoAbort(Microkernel kernel, Process caller, ref Message message)
    {
        int status = message.Payload<AbortRequest>().Status;
        new Utf8Line(stackalloc byte[96]).Text("kernel: shutdown requested by "u8).Name(caller.Name).Text(", status "u8).Decimal(status).WriteTo(kernel.Machine);
        kernel.Machine.Shutdown(status);
        return Status.DontReply;
    }
}
