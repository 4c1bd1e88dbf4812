namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>SYS_DEVIO: one port access, if the port lies in the caller's ranges and is aligned to its width.</summary>
    private static Status DoDevIo(Microkernel kernel, Process caller, ref Message message)
    {
        DevIoRequest request = message.Payload<DevIoRequest>();
        if (!PortAccessInfo.IsValid(request.Access))
            return Status.InvalidArgument;
        int width = PortAccessInfo.Width(request.Access);
        Status status = caller.Privileges!.Rights.CheckPort(request.Port, width);
        if (status != Status.Ok)
            return status;
        if (PortAccessInfo.IsInput(request.Access))
            message.Payload<DevIoReply>().Value = kernel.Machine.PortIn(request.Port, width);
        else
            kernel.Machine.PortOut(request.Port, request.Value & WidthMask(width), width);
        return Status.Ok;
    }

    private static uint WidthMask(int width) => width == 4 ? uint.MaxValue : (1u << (width * 8)) - 1;
}
