using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Grants;

namespace Minix.DriverKit;

/// <summary>
/// A process's table of memory grants: the way it lets one other process copy into or out of a piece of its
/// memory, and nothing else. The table lives in the process's own memory and must never move (the kernel reads the
/// entries afresh on every copy); <see cref="Register"/> tells the kernel where it is. A grant is revoked by
/// clearing its entry and bumping the entry's sequence number, so an old grant id stops working at once, even after
/// the entry is reused.
/// </summary>
/// <remarks>
/// Granted memory must not move either while the grant is in use: grant memory from <c>stackalloc</c>, from
/// <see cref="PinnedMemory.Allocate"/>, or from UTF-8 literals (read only), not from an ordinary array.
/// </remarks>
public sealed unsafe partial class GrantTable
{
    private readonly GrantEntry[] _entries;
    private int _inUse;

    /// <summary>Allocates a table of <paramref name="capacity"/> entries (do this at start-up).</summary>
    /// <param name="capacity">How many grants may exist at once (at least 1).</param>
    public GrantTable(int capacity)
    {
        _entries = AllocateEntries(capacity < 1 ? 1 : capacity);
    }

    /// <summary>How many grants may exist at once.</summary>
    public int Capacity => _entries.Length;

    /// <summary>How many grants exist now.</summary>
    public int InUse => _inUse;

    /// <summary>SYS_SETGRANT: tells the kernel where the table is. Call once, before the first grant is used.</summary>
    /// <returns>The kernel's status.</returns>
    [UsesKernelCall(KernelCall.SetGrant)]
    public Status Register() => Sys.SetGrant(_entries);

    /// <summary>Grants <paramref name="grantee"/> access to <paramref name="length"/> bytes at <paramref name="address"/> in this process.</summary>
    /// <param name="grantee">The only process that may use the grant.</param>
    /// <param name="address">Start of the memory (which must not move while granted).</param>
    /// <param name="length">Bytes.</param>
    /// <param name="access"><see cref="GrantFlags.Read"/> (the grantee may copy from it), <see cref="GrantFlags.Write"/> (into it), or both.</param>
    /// <returns>The grant id to send the grantee, or an invalid id if the table is full or <paramref name="access"/> is wrong.</returns>
    public GrantId Grant(Endpoint grantee, ulong address, ulong length, GrantFlags access)
    {
        int i = FreeEntry(access);
        if (i < 0)
            return new GrantId(GrantId.Invalid);
        int sequence = _entries[i].Sequence;
        _entries[i] = GrantEntry.Direct(grantee, address, length, access, sequence);
        _inUse++;
        return GrantId.Create(i, sequence);
    }

    /// <summary>Grants <paramref name="grantee"/> access to <paramref name="memory"/>.</summary>
    /// <param name="grantee">The only process that may use the grant.</param>
    /// <param name="memory">The memory (which must not move while granted).</param>
    /// <param name="access">Read, write or both.</param>
    /// <returns>The grant id, or an invalid id.</returns>
    public GrantId Grant(Endpoint grantee, ReadOnlySpan<byte> memory, GrantFlags access)
    {
        fixed (byte* start = memory)
            return Grant(grantee, (ulong)start, (ulong)memory.Length, access);
    }

    /// <summary>
    /// Passes on a grant this process received: <paramref name="grantee"/> may use <paramref name="grant"/> of
    /// <paramref name="granter"/> (made to this process) as if it had been made to it, with no more access than
    /// <paramref name="access"/>. A server hands a client's buffer to another server this way (VFS to a file server)
    /// without touching the data; the kernel follows the chain back to the client's memory.
    /// </summary>
    /// <param name="grantee">The only process that may use the new grant.</param>
    /// <param name="granter">The process that made <paramref name="grant"/> to this one.</param>
    /// <param name="grant">The grant received.</param>
    /// <param name="access">Read, write or both.</param>
    /// <returns>The new grant id, or an invalid id if the table is full or <paramref name="access"/> is wrong.</returns>
    public GrantId GrantIndirect(Endpoint grantee, Endpoint granter, GrantId grant, GrantFlags access)
    {
        int i = FreeEntry(access);
        if (i < 0)
            return new GrantId(GrantId.Invalid);
        int sequence = _entries[i].Sequence;
        _entries[i] = GrantEntry.Indirect(grantee, granter, grant, access, sequence);
        _inUse++;
        return GrantId.Create(i, sequence);
    }

    /// <summary>Revokes a grant: from now on the id is refused, even if its entry is reused.</summary>
    /// <param name="id">A grant this table made.</param>
    /// <returns><see cref="Status.Ok"/>, or <see cref="Status.GrantBadId"/>/<see cref="Status.GrantRevoked"/> for an id that names no live grant.</returns>
    public Status Revoke(GrantId id)
    {
        if (!id.IsValid || id.Index >= _entries.Length)
            return Status.GrantBadId;
        ref GrantEntry entry = ref _entries[id.Index];
        if (entry.Flags == GrantFlags.None || entry.Sequence != id.Sequence)
            return Status.GrantRevoked;
        int next = GrantId.NextSequence(entry.Sequence);
        entry = default;
        entry.Sequence = next;
        _inUse--;
        return Status.Ok;
    }

    /// <summary>The index of a free entry for a grant of <paramref name="access"/>, or -1 if the access is wrong or the table full.</summary>
    private int FreeEntry(GrantFlags access)
    {
        if (access == GrantFlags.None || (access & ~(GrantFlags.Read | GrantFlags.Write)) != 0)
            return -1;
        for (int i = 0; i < _entries.Length; i++)
        {
            if (_entries[i].Flags == GrantFlags.None)
                return i;
        }

        return -1;
    }

    /// <summary>Allocates the entries where they will never move (pinned on the host; any array on the image, which has no moving collector).</summary>
    private static partial GrantEntry[] AllocateEntries(int capacity);
}
