namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>SYS_SAFECOPYFROM: the caller (the grantee) copies out of memory granted to it for reading.</summary>
    private static Status DoSafeCopyFrom(Microkernel kernel, Process caller, ref Message message) =>
        kernel.GrantCopy(caller, message.Payload<SafeCopyRequest>(), CopyDirection.FromGranter);

    /// <summary>SYS_SAFECOPYTO: the caller copies into memory granted to it for writing.</summary>
    private static Status DoSafeCopyTo(Microkernel kernel, Process caller, ref Message message) =>
        kernel.GrantCopy(caller, message.Payload<SafeCopyRequest>(), CopyDirection.ToGranter);

    private Status GrantCopy(Process caller, in SafeCopyRequest r, CopyDirection direction) =>
        GrantCopy(caller, r.Granter, new GrantId(r.GrantId), r.Offset, r.Address, r.Bytes, direction);

    /// <summary>
    /// One grant copy: the grant is read afresh from the granter's memory and checked (grantee, range, direction,
    /// validity, indirection depth), both ranges are checked against their owners' memory, then the bytes move.
    /// </summary>
    private Status GrantCopy(Process caller, Endpoint granter, GrantId grant, ulong offset, ulong address, ulong bytes, CopyDirection direction)
    {
        if (direction != CopyDirection.FromGranter && direction != CopyDirection.ToGranter)
            return Status.InvalidArgument;
        bool toGranter = direction == CopyDirection.ToGranter;
        var tables = new GrantTableReader(this);
        Status status = GrantCheck.Verify(ref tables, granter, caller.Endpoint, grant, offset, bytes, toGranter ? GrantFlags.Write : GrantFlags.Read, out GrantTarget target);
        if (status != Status.Ok)
            return status;
        Find(target.Owner, out Process owner);
        if (!Machine.Owns(caller, address, bytes, writable: !toGranter) || !Machine.Owns(owner, target.Address, bytes, writable: toGranter))
            return Status.BadAddress;
        bool copied = toGranter
            ? Machine.Copy(caller, address, owner, target.Address, bytes)
            : Machine.Copy(owner, target.Address, caller, address, bytes);
        return copied ? Status.Ok : Status.BadAddress;
    }

    /// <summary>Reads grant entries out of the granters' own memory, one at a time.</summary>
    private readonly struct GrantTableReader(Microkernel kernel) : IGrantTables
    {
        public Status ReadEntry(Endpoint granter, int index, out GrantEntry entry)
        {
            entry = default;
            Status status = kernel.Find(granter, out Process process);
            if (status != Status.Ok)
                return status;
            if (process.IsTask || process.GrantTable == 0)
                return Status.GrantNoTable;
            return (uint)index >= (uint)process.GrantEntries ? Status.GrantBadId
                : kernel.Machine.Read(process, process.GrantTable + (ulong)index * GrantEntry.Size, BytesOf(ref entry)) ? Status.Ok : Status.BadAddress;
        }
    }
}
