namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>
    /// SYS_VDEVIO: up to 16 port accesses of one direction and width, or a string of values for one port. The whole
    /// vector is copied in and every port checked (range and alignment) before the first access, so a refused vector
    /// touches no port. In a guarded input vector a read that lacks a bit of its pair's condition (the value on entry)
    /// skips the next pair.
    /// </summary>
    private static Status DoVDevIo(Microkernel kernel, Process caller, ref Message message)
    {
        VDevIoRequest request = message.Payload<VDevIoRequest>();
        if (!PortAccessInfo.IsValidVector(request.Access) || request.Count < 1)
            return Status.InvalidArgument;
        if (PortAccessInfo.IsString(request.Access))
            return DoStringDevIo(kernel, caller, request);
        if (request.Count > VDevIoRequest.MaxPairs)
            return Status.TooBig;
        bool input = PortAccessInfo.IsInput(request.Access);
        int width = PortAccessInfo.Width(request.Access);
        Span<PortValuePair> pairs = stackalloc PortValuePair[request.Count];
        Span<byte> bytes = MemoryMarshal.AsBytes(pairs);
        if (!kernel.Machine.Owns(caller, request.VectorAddress, (ulong)bytes.Length, writable: input) || !kernel.Machine.Read(caller, request.VectorAddress, bytes))
            return Status.BadAddress;

        Status status = Status.Ok;
        for (int i = 0; status == Status.Ok && i < pairs.Length; i++)
            status = caller.Privileges!.Rights.CheckPort(pairs[i].Port, width);
        if (status != Status.Ok)
            return status;

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

        return !input || kernel.Machine.Write(caller, request.VectorAddress, bytes) ? Status.Ok : Status.BadAddress;
    }

    /// <summary>
    /// SYS_VDEVIO with <see cref="PortAccess.String"/>: Count values of one width for one port, packed in the caller's
    /// buffer. Each value moves as 4 bytes whatever its width (the next value overwrites the excess, three spare bytes
    /// take the last one's), so the loop has no case per width.
    /// </summary>
    private static Status DoStringDevIo(Microkernel kernel, Process caller, VDevIoRequest request)
    {
        bool input = PortAccessInfo.IsInput(request.Access);
        int width = PortAccessInfo.Width(request.Access);
        if (request.Count > VDevIoRequest.MaxStringBytes / width)
            return Status.TooBig;
        Status status = caller.Privileges!.Rights.CheckPort(request.Port, width);
        if (status != Status.Ok)
            return status;
        Span<byte> buffer = stackalloc byte[request.Count * width + 3];
        Span<byte> bytes = buffer.Slice(0, request.Count * width);
        if (input ? !kernel.Machine.Owns(caller, request.VectorAddress, (ulong)bytes.Length, writable: true) : !kernel.Machine.Read(caller, request.VectorAddress, bytes))
            return Status.BadAddress;
        for (int at = 0; input && at < bytes.Length; at += width)
            MemoryMarshal.Write(buffer.Slice(at), kernel.Machine.PortIn(request.Port, width));
        for (int at = 0; !input && at < bytes.Length; at += width)
            kernel.Machine.PortOut(request.Port, MemoryMarshal.Read<uint>(buffer.Slice(at)) & WidthMask(width), width);
        return !input || kernel.Machine.Write(caller, request.VectorAddress, bytes) ? Status.Ok : Status.BadAddress;
    }
}
