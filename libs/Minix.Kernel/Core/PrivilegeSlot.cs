namespace Minix.Kernel.Core;

/// <summary>
/// A privilege id's entry: the rights themselves and the per-id state that hangs off them (pending notifications
/// and interrupts, the one alarm), as in MINIX's <c>struct priv</c>. All user processes share one entry.
/// </summary>
[KernelInternal]
public sealed class PrivilegeSlot
{
    /// <summary>Creates the entry of one privilege id.</summary>
    /// <param name="id">The id.</param>
    public PrivilegeSlot(int id) => Id = id;

    /// <summary>The privilege id.</summary>
    public int Id { get; }

    /// <summary>Whether the id is taken.</summary>
    public bool InUse;

    /// <summary>The process holding it (for the shared user entry: none).</summary>
    public Process? Owner;

    /// <summary>The rights.</summary>
    public Privilege Rights;

    /// <summary>Pending notifications, bit n from the holder of privilege id n.</summary>
    public ulong NotifyPending;

    /// <summary>Pending interrupts, by notify id.</summary>
    public ulong InterruptsPending;

    /// <summary>Pending kernel signals (bit 0: a process died; the privilege manager fetches the report).</summary>
    public ulong SignalsPending;

    /// <summary>When the alarm expires (uptime in ticks), or 0 if none is set.</summary>
    public ulong AlarmAt;

    /// <summary>Gives the id to <paramref name="owner"/> with <paramref name="rights"/> (under this id) and nothing pending.</summary>
    /// <param name="owner">The process that holds it from now on.</param>
    /// <param name="rights">Its rights.</param>
    public void Take(Process owner, in Privilege rights)
    {
        InUse = true;
        Owner = owner;
        Rights = rights;
        Rights.Id = (byte)Id;
        NotifyPending = InterruptsPending = SignalsPending = AlarmAt = 0;
        owner.Privileges = this;
    }
}
