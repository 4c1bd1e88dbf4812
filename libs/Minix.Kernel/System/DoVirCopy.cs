namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>
    /// SYS_VIRCOPY: copies by address between the caller and processes it manages (no grant: the process manager's
    /// reading of a caller's arguments and filling of a new image); read-only pages only of an image being loaded.
    /// </summary>
    private static Status DoVirCopy(Microkernel kernel, Process caller, ref Message message)
    {
        VirCopyRequest request = message.Payload<VirCopyRequest>();
        Process to = caller;
        Status status = kernel.FindManaged(caller, request.Source, out Process from, allowSelf: true);
        if (status == Status.Ok)
            status = kernel.FindManaged(caller, request.Destination, out to, allowSelf: true);
        if (status != Status.Ok)
            return status;
        return kernel.Machine.Copy(from, request.SourceAddress, to, request.DestinationAddress, request.Length, intoReadOnly: to.Loading)
            ? Status.Ok : Status.BadAddress;
    }
}
