namespace Minix.Kernel.Grants;

/// <summary>Where a validated grant copy goes: whose memory, at which address.</summary>
public struct GrantTarget
{
    /// <summary>The process whose memory the copy touches (the first granter of an indirect chain).</summary>
    public Endpoint Owner;

    /// <summary>Address in <see cref="Owner"/>'s memory.</summary>
    public ulong Address;
}

/// <summary>Gives the grant-chain walk access to the grant tables of other processes, one entry at a time.</summary>
public interface IGrantTables
{
    /// <summary>Reads entry <paramref name="index"/> of the grant table <paramref name="granter"/> registered.</summary>
    /// <param name="granter">The process.</param>
    /// <param name="index">The entry's index.</param>
    /// <param name="entry">The entry, read afresh from the granter's memory.</param>
    /// <returns><see cref="Status.Ok"/>; <see cref="Status.DeadEndpoint"/> for a dead or stale endpoint;
    /// <see cref="Status.GrantNoTable"/> if it registered none; <see cref="Status.GrantBadId"/> if the index lies
    /// outside the table; <see cref="Status.BadAddress"/> if the table is not readable.</returns>
    Status ReadEntry(Endpoint granter, int index, out GrantEntry entry);
}

/// <summary>
/// The one grant validation routine the kernel and the host simulator both use. It is pure: it reads grant tables
/// it is given and decides, returning the exact reason for a refusal. The kernel calls it afresh for every copy.
/// </summary>
public static class GrantCheck
{
    /// <summary>Longest chain of indirect grants followed before giving up with <see cref="Status.TooDeep"/>.</summary>
    public const int MaxIndirectDepth = 5;

    /// <summary>
    /// Checks one hop: entry <paramref name="id"/> of the granter's table (<paramref name="table"/>, its raw bytes)
    /// used by <paramref name="grantee"/> for <paramref name="length"/> bytes at <paramref name="offset"/> in direction
    /// <paramref name="access"/>.
    /// </summary>
    /// <param name="table">The granter's grant table bytes.</param>
    /// <param name="id">The grant id.</param>
    /// <param name="grantee">Who wants to use it.</param>
    /// <param name="offset">Offset into the granted range.</param>
    /// <param name="length">Bytes.</param>
    /// <param name="access"><see cref="GrantFlags.Read"/> or <see cref="GrantFlags.Write"/>.</param>
    /// <param name="entry">The entry, when the id names one.</param>
    /// <returns><see cref="Status.Ok"/> or the reason for refusal.</returns>
    public static Status CheckEntry(ReadOnlySpan<byte> table, GrantId id, Endpoint grantee, ulong offset, ulong length, GrantFlags access, out GrantEntry entry)
    {
        entry = default;
        if (!id.IsValid || id.Index >= table.Length / GrantEntry.Size)
            return Status.GrantBadId;
        entry = MemoryMarshal.Read<GrantEntry>(table.Slice(id.Index * GrantEntry.Size, GrantEntry.Size));
        return CheckEntry(entry, id, grantee, offset, length, access);
    }

    /// <summary>Checks one hop against an entry already read from the granter's table.</summary>
    /// <param name="entry">The entry at <paramref name="id"/>'s index.</param>
    /// <param name="id">The grant id.</param>
    /// <param name="grantee">Who wants to use it.</param>
    /// <param name="offset">Offset into the granted range.</param>
    /// <param name="length">Bytes.</param>
    /// <param name="access"><see cref="GrantFlags.Read"/> or <see cref="GrantFlags.Write"/>.</param>
    /// <returns><see cref="Status.Ok"/> (for an indirect entry: this hop is fine, follow it) or the reason for refusal.</returns>
    public static Status CheckEntry(in GrantEntry entry, GrantId id, Endpoint grantee, ulong offset, ulong length, GrantFlags access)
    {
        if ((entry.Flags & (GrantFlags.Used | GrantFlags.Valid)) != (GrantFlags.Used | GrantFlags.Valid) || entry.Sequence != id.Sequence)
            return Status.GrantRevoked;
        if (entry.Grantee != grantee && entry.Grantee != Endpoint.Any)
            return Status.GrantNotForCaller;
        if (access == GrantFlags.None || (access & ~(GrantFlags.Read | GrantFlags.Write)) != 0)
            return Status.InvalidArgument;
        if ((entry.Flags & access) != access)
            return Status.GrantWrongDirection;

        GrantFlags kind = entry.Flags & (GrantFlags.Direct | GrantFlags.Indirect);
        if (kind == GrantFlags.Indirect)
            return Status.Ok;
        if (kind != GrantFlags.Direct)
            return Status.GrantBadKind;
        bool wraps = entry.Start + entry.Length < entry.Start || offset + length < offset;
        return wraps || offset + length > entry.Length ? Status.GrantOutOfRange : Status.Ok;
    }

    /// <summary>
    /// Validates a copy through grant <paramref name="id"/> of <paramref name="granter"/> by <paramref name="grantee"/>,
    /// following indirect grants back to the memory they describe.
    /// </summary>
    /// <typeparam name="TTables">How to reach other processes' grant tables.</typeparam>
    /// <param name="tables">The tables.</param>
    /// <param name="granter">The process that made the grant.</param>
    /// <param name="grantee">The process that wants to copy (the caller).</param>
    /// <param name="id">The grant id.</param>
    /// <param name="offset">Offset into the granted range.</param>
    /// <param name="length">Bytes to copy.</param>
    /// <param name="access"><see cref="GrantFlags.Read"/> (copy from the granter) or <see cref="GrantFlags.Write"/> (copy to it).</param>
    /// <param name="target">Where the copy goes, on success.</param>
    /// <returns><see cref="Status.Ok"/> or the exact reason for refusal.</returns>
    public static Status Verify<TTables>(ref TTables tables, Endpoint granter, Endpoint grantee, GrantId id, ulong offset, ulong length, GrantFlags access, out GrantTarget target)
        where TTables : IGrantTables, allows ref struct
    {
        target = default;
        for (int depth = 0; depth <= MaxIndirectDepth; depth++)
        {
            if (!id.IsValid)
                return Status.GrantBadId;
            Status status = tables.ReadEntry(granter, id.Index, out GrantEntry entry);
            if (status == Status.Ok)
                status = CheckEntry(entry, id, grantee, offset, length, access);
            if (status != Status.Ok)
                return status;
            if ((entry.Flags & GrantFlags.Indirect) == 0)
            {
                target = new GrantTarget { Owner = granter, Address = entry.Start + offset };
                return Status.Ok;
            }

            // The granter passed on a grant it received: it must itself be that grant's grantee.
            (grantee, granter) = (granter, entry.IndirectGranter);
            id = new GrantId((int)(uint)entry.Start);
        }

        return Status.TooDeep;
    }
}
