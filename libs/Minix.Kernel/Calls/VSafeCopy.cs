using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Kernel.Calls;

/// <summary>Which way one piece of a vectored grant copy goes.</summary>
public enum CopyDirection
{
    /// <summary>From the granter's memory into the caller's.</summary>
    FromGranter = 1,

    /// <summary>From the caller's memory into the granter's.</summary>
    ToGranter = 2,
}

/// <summary>
/// SYS_VSAFECOPY request: many grant copies in one call (the paper's Sec. 6.3 wish). Each piece is validated and
/// copied in order; the call stops at the first failing piece and reports how many were done.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
public struct VSafeCopyRequest : IMessagePayload
{
    /// <summary>The most pieces one call takes; more is refused with <see cref="Status.TooBig"/> before any copy.</summary>
    public const int MaxPieces = 64;

    /// <summary>Address of the <see cref="SafeCopyPiece"/> vector in the caller's address space.</summary>
    [FieldOffset(0)] public ulong VectorAddress;

    /// <summary>Number of pieces (1..<see cref="MaxPieces"/>).</summary>
    [FieldOffset(8)] public int Count;
}

/// <summary>SYS_VSAFECOPY reply.</summary>
[StructLayout(LayoutKind.Explicit, Size = 8)]
public struct VSafeCopyReply : IMessagePayload
{
    /// <summary>How many pieces were copied completely.</summary>
    [FieldOffset(0)] public int Done;

    /// <summary>Total bytes copied.</summary>
    [FieldOffset(4)] public int Bytes;
}

/// <summary>One piece of a vectored grant copy, in the caller's memory.</summary>
[StructLayout(LayoutKind.Explicit, Size = 40)]
public struct SafeCopyPiece
{
    /// <summary>The process that made the grant.</summary>
    [FieldOffset(0)] public Endpoint Granter;

    /// <summary>The grant id.</summary>
    [FieldOffset(4)] public int GrantId;

    /// <summary>Offset inside the granted memory.</summary>
    [FieldOffset(8)] public ulong Offset;

    /// <summary>Address in the caller's address space.</summary>
    [FieldOffset(16)] public ulong Address;

    /// <summary>Bytes to copy.</summary>
    [FieldOffset(24)] public ulong Bytes;

    /// <summary>Which way to copy.</summary>
    [FieldOffset(32)] public CopyDirection Direction;
}
