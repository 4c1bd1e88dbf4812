namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>
    /// SYS_PRIVCTL (privilege managers only): give a new process its privileges and let it run, make it a user
    /// process, add I/O ranges, IRQ lines or memory, narrow a running process's rights, or release everything
    /// blocked on it. A privilege record from the caller is checked field by field before it is used.
    /// </summary>
    private static Status DoPrivCtl(Microkernel kernel, Process caller, ref Message message)
    {
        if ((caller.Privileges!.Rights.Flags & PrivilegeFlags.PrivilegeManager) == 0)
            return Status.NotPrivilegeManager;
        PrivCtlRequest request = message.Payload<PrivCtlRequest>();
        Status status = kernel.Find(request.Target, out Process target);
        if (status != Status.Ok)
            return status;
        if (target.IsTask)
            return Status.InvalidArgument;

        switch (request.Request)
        {
            case PrivRequest.SetSystem:
            case PrivRequest.Restrict:
                status = kernel.ReadPrivilege(caller, request.Argument, out Privilege rights);
                return status != Status.Ok ? status
                    : request.Request == PrivRequest.SetSystem ? kernel.SetSystem(target, rights)
                    : kernel.Restrict(target, rights);
            case PrivRequest.SetUser:
                if ((target.Flags & ProcessFlags.NoPrivileges) == 0)
                    return Status.Busy;
                kernel.ReleasePrivileges(target);
                target.Privileges = kernel._privileges[PrivilegeId.User];
                return Status.Ok;
            case PrivRequest.Allow:
                if (target.Privileges is null)
                    return Status.InvalidArgument;
                target.Flags &= ~ProcessFlags.NoPrivileges;
                kernel.Ready(target);
                return Status.Ok;
            case PrivRequest.Disallow:
                target.Flags |= ProcessFlags.NoPrivileges;
                kernel.Dequeue(target);
                return Status.Ok;
            case PrivRequest.ClearIpcReferences:
                kernel.ReleaseWaiters(target);
                return Status.Ok;
        }

        PrivilegeSlot? own = target.Privileges;
        if (own is null || own.Owner != target)
            return Status.InvalidArgument;
        switch (request.Request)
        {
            case PrivRequest.AddIo:
                if (request.Length < 1 || request.Start > 0xFFFF || request.Start + request.Length - 1 > 0xFFFF)
                    return Status.InvalidArgument;
                return own.Rights.AddIoRange(new IoRange((ushort)request.Start, (ushort)(request.Start + request.Length - 1)));
            case PrivRequest.AddIrq:
                if (request.Start >= Limits.IrqLines)
                    return Status.InvalidArgument;
                own.Rights.IrqMask |= (ushort)(1 << (int)request.Start);
                own.Rights.Flags |= PrivilegeFlags.CheckIrqs;
                return Status.Ok;
            case PrivRequest.AddMemory:
                if (request.Length < 1 || request.Start + request.Length - 1 < request.Start)
                    return Status.InvalidArgument;
                return own.Rights.AddMemoryRange(new MemoryRange { Base = request.Start, Limit = request.Start + request.Length - 1 });
            case PrivRequest.QueryMemory:
                return own.Rights.CheckMemory(request.Start, request.Length);
            default:
                return Status.InvalidArgument;
        }
    }

    private Status ReadPrivilege(Process caller, ulong address, out Privilege rights)
    {
        rights = default;
        if (!Machine.Read(caller, address, BytesOf(ref rights)))
            return Status.BadAddress;
        bool valid = rights.IoRangeCount <= Privilege.MaxIoRanges && rights.MemoryRangeCount <= Privilege.MaxMemoryRanges
            && (rights.TrapMask & ~IpcCallMask.All) == 0;
        for (int i = 0; valid && i < rights.IoRangeCount; i++)
            valid = rights.IoRanges[i].Limit >= rights.IoRanges[i].Base;
        for (int i = 0; valid && i < rights.MemoryRangeCount; i++)
            valid = rights.MemoryRanges[i].Limit >= rights.MemoryRanges[i].Base;
        return valid ? Status.Ok : Status.InvalidArgument;
    }

    /// <summary>Gives a process that has not yet run privileges of its own: its boot slot's static id, or a free dynamic one.</summary>
    private Status SetSystem(Process target, in Privilege rights)
    {
        if ((target.Flags & ProcessFlags.NoPrivileges) == 0)
            return Status.Busy;
        ReleasePrivileges(target);
        int id = target.Slot <= PrivilegeId.MaxBootSlot ? PrivilegeId.Static(new Endpoint(target.Slot)) : -1;
        for (int i = PrivilegeId.FirstDynamic; id < 0 && i < PrivilegeId.User; i++)
            id = _privileges[i].InUse ? -1 : i;

        if (id < 0 || _privileges[id].InUse)
            return Status.NoSpace;
        _privileges[id].Take(target, rights);
        _privileges[id].Rights.Flags |= PrivilegeFlags.SystemProcess;
        return Status.Ok;
    }

    /// <summary>
    /// Replaces a running process's privileges with narrower ones; anything wider is refused. Its bindings to IRQ
    /// lines the narrower rights no longer grant are released, so those lines stop reaching it.
    /// </summary>
    private Status Restrict(Process target, Privilege rights)
    {
        if (target.Privileges is not PrivilegeSlot slot || slot.Owner != target)
            return Status.InvalidArgument;
        rights.Id = slot.Rights.Id;
        if (!slot.Rights.Covers(rights))
            return Status.PermissionDenied;
        slot.Rights = rights;
        ReleaseIrqHooks(target, keepGranted: true);
        return Status.Ok;
    }
}
