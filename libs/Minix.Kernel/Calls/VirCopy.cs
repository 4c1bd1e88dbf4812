using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Kernel.Calls;

/// <summary>
/// SYS_VIRCOPY request (the process manager only): copy between the caller's memory and a process it manages, by
/// address, without a grant: how exec fills a new image (the target's read-only pages too, until
/// <see cref="ExecOperation.Start"/>) and how the process manager reads a caller's arguments.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 40)]
public struct VirCopyRequest : IMessagePayload
{
    /// <summary>Whose memory to read: the caller (<see cref="Endpoint.Self"/>) or a process it manages.</summary>
    [FieldOffset(0)] public Endpoint Source;

    /// <summary>Whose memory to write: the caller (<see cref="Endpoint.Self"/>) or a process it manages.</summary>
    [FieldOffset(4)] public Endpoint Destination;

    /// <summary>The first byte to read.</summary>
    [FieldOffset(8)] public ulong SourceAddress;

    /// <summary>The first byte to write.</summary>
    [FieldOffset(16)] public ulong DestinationAddress;

    /// <summary>Bytes.</summary>
    [FieldOffset(24)] public ulong Length;
}
