namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>SYS_MAPPHYS: maps physical memory the caller's memory ranges allow into the caller, whole pages only.</summary>
    private static Status DoMapPhys(Microkernel kernel, Process caller, ref Message message)
    {
        MapPhysRequest request = message.Payload<MapPhysRequest>();
        ulong length = (request.Length + 4095) & ~4095UL;
        if (request.Physical % 4096 != 0 || length == 0 || length > 1UL << 32)
            return Status.InvalidArgument;
        Status status = caller.Privileges!.Rights.CheckMemory(request.Physical, length);
        if (status != Status.Ok || caller.Privileges.Owner != caller)
            return status != Status.Ok ? status : Status.MemoryNotAllowed;
        status = kernel.Machine.MapPhysical(caller, request.Physical, length, request.Writable != 0, out ulong address);
        message.Payload<MapPhysReply>().Address = address;
        return status;
    }
}
