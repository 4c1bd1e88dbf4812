namespace Minix.Kernel.Privileges;

/// <summary>
/// What one system process may do: which IPC primitives it may use, whom it may send to, which kernel calls it may
/// make, which I/O ports, IRQ lines and physical memory it may touch, and where its grant table is. The kernel keeps
/// one per system process and checks every IPC and kernel call against it; send, call and IRQ checks are single
/// bit tests. Ordinary user processes share one <see cref="User"/> privilege.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public struct Privilege
{
    /// <summary>How many privilege ids exist: the width of a send mask.</summary>
    public const int MaxIds = Limits.PrivilegeIds;

    /// <summary>How many I/O ranges one process may hold.</summary>
    public const int MaxIoRanges = Limits.IoRanges;

    /// <summary>How many memory ranges one process may hold.</summary>
    public const int MaxMemoryRanges = Limits.MemoryRanges;

    /// <summary>How many IRQ lines exist (the two 8259 controllers).</summary>
    public const int IrqLines = Limits.IrqLines;

    /// <summary>This privilege's id: its bit number in every send mask and pending-notification map.</summary>
    public byte Id;

    /// <summary>Allowed IPC primitives (<see cref="IpcCallMask"/>).</summary>
    public byte TrapMask;

    /// <summary>Flag bits.</summary>
    public PrivilegeFlags Flags;

    /// <summary>Number of valid entries in <see cref="IoRanges"/>.</summary>
    public byte IoRangeCount;

    /// <summary>Number of valid entries in <see cref="MemoryRanges"/>.</summary>
    public byte MemoryRangeCount;

    /// <summary>Allowed IRQ lines, bit n for line n.</summary>
    public ushort IrqMask;

    /// <summary>Allowed destinations, bit n for privilege id n.</summary>
    public ulong SendMask;

    /// <summary>Allowed kernel calls, bit n for call n (<see cref="KernelCallMask"/>).</summary>
    public ulong CallMask;

    /// <summary>Address of the process's grant table in its own memory (0: none).</summary>
    public ulong GrantTable;

    /// <summary>Entries in the grant table.</summary>
    public int GrantEntries;

    /// <summary>Allowed I/O port ranges.</summary>
    public IoRangeTable IoRanges;

    /// <summary>Allowed physical memory ranges.</summary>
    public MemoryRangeTable MemoryRanges;

    /// <summary>The shared privileges of ordinary user processes: SENDREC only, the few kernel calls that touch only themselves, no devices.</summary>
    /// <param name="id">The user privilege id.</param>
    /// <param name="sendMask">Whom user processes may send to (the servers they use).</param>
    /// <returns>The privilege.</returns>
    public static Privilege User(byte id, ulong sendMask) => new()
    {
        Id = id, TrapMask = IpcCallMask.User, SendMask = sendMask, CallMask = KernelCallMask.User,
        Flags = PrivilegeFlags.Preemptible | PrivilegeFlags.Billable | PrivilegeFlags.CheckIoPorts | PrivilegeFlags.CheckIrqs | PrivilegeFlags.CheckMemory,
    };

    /// <summary>Whether the process may send to the holder of privilege id <paramref name="targetId"/>.</summary>
    /// <param name="targetId">The destination's privilege id.</param>
    /// <returns>True if allowed.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool MaySendTo(int targetId) => (uint)targetId < MaxIds && (SendMask & (1UL << targetId)) != 0;

    /// <summary>Whether the process may use the IPC primitive <paramref name="call"/>.</summary>
    /// <param name="call">The primitive.</param>
    /// <returns>True if allowed.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool MayUse(IpcCall call) => IpcCallMask.Allows(TrapMask, call);

    /// <summary>Whether the process may make kernel call number <paramref name="number"/>.</summary>
    /// <param name="number">The call number, possibly out of range.</param>
    /// <returns>True if allowed.</returns>
    public readonly bool MayCall(int number) => KernelCallMask.Allows(CallMask, number);

    /// <summary>Whether the process may bind IRQ line <paramref name="irq"/>.</summary>
    /// <param name="irq">The line, possibly out of range.</param>
    /// <returns>True if allowed.</returns>
    public readonly bool OwnsIrq(int irq) =>
        (uint)irq < IrqLines && ((Flags & PrivilegeFlags.CheckIrqs) == 0 || (IrqMask & (1 << irq)) != 0);

    /// <summary>
    /// Checks one port access: the port must be aligned to the width, and every byte of the access must lie inside
    /// one of the process's I/O ranges (unless the process has <c>io ALL</c>).
    /// </summary>
    /// <param name="port">The port.</param>
    /// <param name="width">1, 2 or 4 bytes.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.InvalidArgument"/> for a bad port or width,
    /// <see cref="Status.PortMisaligned"/> or <see cref="Status.PortNotAllowed"/>.</returns>
    public readonly Status CheckPort(int port, int width)
    {
        if ((uint)port > 0xFFFF || width is not (1 or 2 or 4) || port + width - 1 > 0xFFFF)
            return Status.InvalidArgument;
        if ((port & (width - 1)) != 0)
            return Status.PortMisaligned;
        return (Flags & PrivilegeFlags.CheckIoPorts) == 0 || InIoRanges(port, width) ? Status.Ok : Status.PortNotAllowed;
    }

    /// <summary>Checks that a physical range lies inside one of the process's memory ranges.</summary>
    /// <param name="start">First byte.</param>
    /// <param name="length">Length in bytes (at least 1).</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.InvalidArgument"/> or <see cref="Status.MemoryNotAllowed"/>.</returns>
    public readonly Status CheckMemory(ulong start, ulong length)
    {
        if (length == 0 || start + length - 1 < start)
            return Status.InvalidArgument;
        if ((Flags & PrivilegeFlags.CheckMemory) == 0)
            return Status.Ok;
        ulong last = start + length - 1;
        for (int i = 0; i < MemoryRangeCount && i < MaxMemoryRanges; i++)
        {
            if (start >= MemoryRanges[i].Base && last <= MemoryRanges[i].Limit)
                return Status.Ok;
        }

        return Status.MemoryNotAllowed;
    }

    /// <summary>Adds an I/O range; refuses an overlap with an existing one and a full table.</summary>
    /// <param name="range">The range.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.InvalidArgument"/> (empty or overlapping) or <see cref="Status.NoSpace"/>.</returns>
    public Status AddIoRange(IoRange range)
    {
        if (range.Limit < range.Base)
            return Status.InvalidArgument;
        for (int i = 0; i < IoRangeCount && i < MaxIoRanges; i++)
        {
            if (IoRanges[i].Overlaps(range))
                return Status.InvalidArgument;
        }

        if (IoRangeCount >= MaxIoRanges)
            return Status.NoSpace;
        IoRanges[IoRangeCount++] = range;
        Flags |= PrivilegeFlags.CheckIoPorts;
        return Status.Ok;
    }

    /// <summary>Adds a physical memory range.</summary>
    /// <param name="range">The range.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.InvalidArgument"/> or <see cref="Status.NoSpace"/>.</returns>
    public Status AddMemoryRange(MemoryRange range)
    {
        if (range.Limit < range.Base)
            return Status.InvalidArgument;
        if (MemoryRangeCount >= MaxMemoryRanges)
            return Status.NoSpace;
        MemoryRanges[MemoryRangeCount++] = range;
        Flags |= PrivilegeFlags.CheckMemory;
        return Status.Ok;
    }

    /// <summary>
    /// Whether every right in <paramref name="narrower"/> is also in this privilege: what SYS_PRIVCTL Restrict
    /// accepts, so a running process can lose rights but never gain them.
    /// </summary>
    /// <param name="narrower">The proposed privileges.</param>
    /// <returns>True if <paramref name="narrower"/> grants nothing this one does not.</returns>
    public readonly bool Covers(in Privilege narrower)
    {
        const PrivilegeFlags Powers = PrivilegeFlags.PrivilegeManager | PrivilegeFlags.SystemProcess;
        const PrivilegeFlags Checks = PrivilegeFlags.CheckIoPorts | PrivilegeFlags.CheckIrqs | PrivilegeFlags.CheckMemory;
        bool within = (narrower.TrapMask & ~TrapMask) == 0 && (narrower.SendMask & ~SendMask) == 0 && (narrower.CallMask & ~CallMask) == 0
            && (narrower.Flags & Powers & ~Flags) == 0 && (Flags & Checks & ~narrower.Flags) == 0
            && ((Flags & PrivilegeFlags.CheckIrqs) == 0 || (narrower.IrqMask & ~IrqMask) == 0);
        for (int i = 0; within && i < narrower.IoRangeCount && i < MaxIoRanges; i++)
            within = (Flags & PrivilegeFlags.CheckIoPorts) == 0 || InIoRanges(narrower.IoRanges[i].Base, narrower.IoRanges[i].Limit - narrower.IoRanges[i].Base + 1);
        for (int i = 0; within && i < narrower.MemoryRangeCount && i < MaxMemoryRanges; i++)
            within = CheckMemory(narrower.MemoryRanges[i].Base, narrower.MemoryRanges[i].Limit - narrower.MemoryRanges[i].Base + 1) == Status.Ok;
        return within;
    }

    /// <summary>Whether one of the I/O ranges holds every port of the access.</summary>
    private readonly bool InIoRanges(int port, int width)
    {
        for (int i = 0; i < IoRangeCount && i < MaxIoRanges; i++)
        {
            if (IoRanges[i].Contains(port, width))
                return true;
        }

        return false;
    }
}

/// <summary>Inline storage for <see cref="Privilege.IoRanges"/>.</summary>
[InlineArray(Privilege.MaxIoRanges)]
public struct IoRangeTable
{
    private IoRange _element0;
}

/// <summary>Inline storage for <see cref="Privilege.MemoryRanges"/>.</summary>
[InlineArray(Privilege.MaxMemoryRanges)]
public struct MemoryRangeTable
{
    private MemoryRange _element0;
}
