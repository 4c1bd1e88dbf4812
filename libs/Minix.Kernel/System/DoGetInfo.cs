namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>The kernel version GETINFO reports: major * 10000 + minor * 100 + patch.</summary>
    public const int Version = 100;

    /// <summary>
    /// SYS_GETINFO: kernel information, boot parameters, a process-table entry, privileges, the caller's identity,
    /// or the next exit report. Another process's privileges and the exit reports are for privilege managers only,
    /// another process's entry for system processes (a server tells a service from a user program by its privilege
    /// id); answers are copied into the caller's buffer, which must be large enough.
    /// </summary>
    private static Status DoGetInfo(Microkernel kernel, Process caller, ref Message message)
    {
        GetInfoRequest request = message.Payload<GetInfoRequest>();
        ref GetInfoReply reply = ref message.Payload<GetInfoReply>();
        // The process manager may read others' entries too (to find the boot processes it manages), but not change them.
        bool manager = (caller.Privileges!.Rights.Flags & (PrivilegeFlags.PrivilegeManager | PrivilegeFlags.SignalManager)) != 0;
        Process target = caller;
        if (request.Request is InfoRequest.Process or InfoRequest.Privileges)
        {
            Status found = kernel.FindOrSelf(caller, request.Target, out target);
            if (found != Status.Ok)
                return found;
            if (target != caller && !manager && (request.Request == InfoRequest.Privileges || caller.Privileges.Id == PrivilegeId.User))
                return Status.PermissionDenied;
        }

        if (!manager && request.Request is InfoRequest.BootImage or InfoRequest.ExitReport)
            return Status.PermissionDenied;

        switch (request.Request)
        {
            case InfoRequest.WhoAmI:
                reply = new GetInfoReply { Endpoint = caller.Endpoint, Name = caller.Name, PrivilegeId = caller.Privileges.Id, PrivilegeFlags = (int)caller.Privileges.Rights.Flags };
                return Status.Ok;
            case InfoRequest.KernelInfo:
                var info = new KernelInfo { Version = Version, Hz = kernel.Hz, Uptime = kernel.Uptime, ProcessSlots = ProcessSlots, BootProcesses = kernel._bootProcesses };
                return kernel.CopyOut(caller, request, BytesOf(ref info), ref reply);
            case InfoRequest.BootParameters:
                return kernel.CopyOut(caller, request, kernel.Machine.BootParameters, ref reply);
            case InfoRequest.Process:
                ProcessInfo entry = Describe(target);
                return kernel.CopyOut(caller, request, BytesOf(ref entry), ref reply);
            case InfoRequest.Privileges:
                if (target.Privileges is null)
                    return Status.NotFound;
                Privilege rights = target.Privileges.Rights;
                (rights.GrantTable, rights.GrantEntries) = (target.GrantTable, target.GrantEntries);
                return kernel.CopyOut(caller, request, BytesOf(ref rights), ref reply);
            case InfoRequest.BootImage:
                if ((uint)request.Index >= (uint)kernel._bootImage.Length)
                    return Status.NotFound;
                BootImageEntry boot = kernel._bootImage[request.Index];
                return kernel.CopyOut(caller, request, BytesOf(ref boot), ref reply);
            case InfoRequest.ExitReport:
                // The report is taken from the queue only once the answer is sure to reach the caller.
                if (request.Length < Unsafe.SizeOf<ExitReport>() || !kernel.Machine.Owns(caller, request.Buffer, (ulong)request.Length, writable: true))
                    return request.Length < Unsafe.SizeOf<ExitReport>() ? Status.TooBig : Status.BadAddress;
                if (!kernel.TakeExitReport(caller, out ExitReport report))
                    return Status.NotFound;
                return kernel.CopyOut(caller, request, BytesOf(ref report), ref reply);
            default:
                return Status.InvalidArgument;
        }
    }

    private Status CopyOut(Process caller, in GetInfoRequest request, ReadOnlySpan<byte> answer, ref GetInfoReply reply)
    {
        if (request.Length < answer.Length)
            return Status.TooBig;
        if (!Machine.Write(caller, request.Buffer, answer))
            return Status.BadAddress;
        reply = new GetInfoReply { Length = answer.Length };
        return Status.Ok;
    }

    private static ProcessInfo Describe(Process process) => new()
    {
        Endpoint = process.Endpoint, Flags = (int)process.Flags, Priority = process.Priority, MaxPriority = process.MaxPriority,
        SendTo = process.SendTo, ReceiveFrom = process.ReceiveFrom, UserTicks = process.UserTicks, Module = process.Module,
        PrivilegeId = process.Privileges?.Id ?? -1, Name = process.Name,
    };
}
