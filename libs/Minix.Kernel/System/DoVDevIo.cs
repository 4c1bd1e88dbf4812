namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>
    /// SYS_VDEVIO: up to 16 port accesses of one direction and width. The whole vector is copied in and every port
    /// checked (range and alignment) before the first access, so a refused vector touches no port. In a guarded input
    /// vector a read that lacks a bit of its pair's condition (the value on entry) skips the next pair.
    /// </summary>
    private static Status DoVDevIo(Microkernel kernel, Process caller, ref Message message)
    {
        VDevIoRequest request = message.Payload<VDevIoRequest>();
        if (!PortAccessInfo.IsValidVector(request.Access) || request.Count < 1)
            return Status.InvalidArgument;
        if (request.Count > VDevIoRequest.MaxPairs)
            return Status.TooBig;
        bool input = PortAccessInfo.IsInput(request.Access);
        int width = PortAccessInfo.Width(request.Access);
        Span<PortValuePair> pairs = stackalloc PortValuePair[request.Count];
        Span<byte> bytes = MemoryMarshal.AsBytes(pairs);
        if (!kernel.Machine.Owns(caller, request.VectorAddress, (ulong)bytes.Length, writable: input))
            return Status.BadAddress;
        kernel.Machine.Read(caller, request.VectorAddress, bytes);

        for (int i = 0; i < pairs.Length; i++)
        {
            Status status = caller.Privileges!.Rights.CheckPort(pairs[i].Port, width);
            if (status != Status.Ok)
                return status;
        }

        for (int i = 0; i < pairs.Length; i++)
        {
            uint condition = PortAccessInfo.IsGuarded(request.Access) ? pairs[i].Value : 0;
            if (input)
                pairs[i].Value = kernel.Machine.PortIn(pairs[i].Port, width);
            else
                kernel.Machine.PortOut(pairs[i].Port, pairs[i].Value & WidthMask(width), width);
            if ((pairs[i].Value & condition) != condition)
                i++;
        }

        if (input)
            kernel.Machine.Write(caller, request.VectorAddress, bytes);
        return Status.Ok;
    }
}
