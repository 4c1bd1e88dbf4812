using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Kernel.Grants;

/// <summary>
/// One entry of a grant table. The table lives in the granter's own memory; the kernel knows only its address
/// (SYS_SETGRANT) and reads the entry afresh on every copy, so a revocation takes effect at once.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = Size)]
public struct GrantEntry
{
    /// <summary>Bytes per entry.</summary>
    public const int Size = 32;

    /// <summary>Flag bits.</summary>
    [FieldOffset(0)] public GrantFlags Flags;

    /// <summary>Sequence number; must equal the one in the grant id.</summary>
    [FieldOffset(4)] public int Sequence;

    /// <summary>Who may use the grant (or <see cref="Endpoint.Any"/>).</summary>
    [FieldOffset(8)] public Endpoint Grantee;

    /// <summary>Indirect: the process that made the grant being passed on.</summary>
    [FieldOffset(12)] public Endpoint IndirectGranter;

    /// <summary>Direct: start address in the granter's memory. Indirect: the passed-on grant id (low 32 bits).</summary>
    [FieldOffset(16)] public ulong Start;

    /// <summary>Direct: length in bytes. Indirect: unused (the passed-on grant's own range applies).</summary>
    [FieldOffset(24)] public ulong Length;

    /// <summary>A direct grant of <paramref name="length"/> bytes at <paramref name="start"/> to <paramref name="grantee"/>.</summary>
    /// <param name="grantee">Who may use it.</param>
    /// <param name="start">Start address in the granter's memory.</param>
    /// <param name="length">Length in bytes.</param>
    /// <param name="access">Read, write or both.</param>
    /// <param name="sequence">The entry's sequence number.</param>
    /// <returns>The entry.</returns>
    public static GrantEntry Direct(Endpoint grantee, ulong start, ulong length, GrantFlags access, int sequence) => new()
    {
        Flags = (access & (GrantFlags.Read | GrantFlags.Write)) | GrantFlags.Used | GrantFlags.Valid | GrantFlags.Direct,
        Sequence = sequence,
        Grantee = grantee,
        IndirectGranter = Endpoint.None,
        Start = start,
        Length = length,
    };

    /// <summary>An indirect grant passing grant <paramref name="grant"/> of <paramref name="granter"/> on to <paramref name="grantee"/>.</summary>
    /// <param name="grantee">Who may use it.</param>
    /// <param name="granter">Who made the original grant.</param>
    /// <param name="grant">The original grant id.</param>
    /// <param name="access">Read, write or both (never more than the original allows).</param>
    /// <param name="sequence">The entry's sequence number.</param>
    /// <returns>The entry.</returns>
    public static GrantEntry Indirect(Endpoint grantee, Endpoint granter, GrantId grant, GrantFlags access, int sequence) => new()
    {
        Flags = (access & (GrantFlags.Read | GrantFlags.Write)) | GrantFlags.Used | GrantFlags.Valid | GrantFlags.Indirect,
        Sequence = sequence,
        Grantee = grantee,
        IndirectGranter = granter,
        Start = (uint)grant.Value,
        Length = 0,
    };
}
