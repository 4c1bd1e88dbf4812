using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Kernel.Calls;

/// <summary>
/// SYS_VDEVIO request: a vector of port accesses of one direction and width, in the caller's memory. Every port is
/// checked before any access is made, so a refused vector touches no port. With <see cref="PortAccess.String"/> the
/// vector is instead <see cref="Count"/> values for the one port <see cref="Port"/>, packed at their width (MINIX's
/// SYS_SDEVIO): a disk's data register moves a whole sector in one call.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 24)]
public struct VDevIoRequest : IMessagePayload
{
    /// <summary>The most pairs one call takes; a longer vector is refused with <see cref="Status.TooBig"/>.</summary>
    public const int MaxPairs = 16;

    /// <summary>The most bytes one <see cref="PortAccess.String"/> call moves (a disk sector); more is refused with <see cref="Status.TooBig"/>.</summary>
    public const int MaxStringBytes = 512;

    /// <summary>Direction and width of every access.</summary>
    [FieldOffset(0)] public PortAccess Access;

    /// <summary>How many <see cref="PortValuePair"/> entries the vector holds (1..<see cref="MaxPairs"/>), or for
    /// <see cref="PortAccess.String"/> how many values of the access's width (at most <see cref="MaxStringBytes"/> bytes).</summary>
    [FieldOffset(4)] public int Count;

    /// <summary>Address of the vector, or of the packed values, in the caller's address space.</summary>
    [FieldOffset(8)] public ulong VectorAddress;

    /// <summary><see cref="PortAccess.String"/> only: the port every value is read from or written to.</summary>
    [FieldOffset(16)] public int Port;
}

/// <summary>
/// One entry of a SYS_VDEVIO vector. Every width uses the same 8-byte entry, so the port is always read from the
/// same place (MINIX's separate byte/word/long pair types led to a port-index bug this layout cannot have).
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 8)]
public struct PortValuePair
{
    /// <summary>The port.</summary>
    [FieldOffset(0)] public ushort Port;

    /// <summary>The value written, or the value read after the call.</summary>
    [FieldOffset(4)] public uint Value;
}
