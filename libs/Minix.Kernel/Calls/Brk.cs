using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Kernel.Calls;

/// <summary>SYS_BRK request (the process manager only): grow a managed process's data to a new end, or ask where it ends.</summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
public struct BrkRequest : IMessagePayload
{
    /// <summary>The process.</summary>
    [FieldOffset(0)] public Endpoint Target;

    /// <summary>The new end of its data, or 0 to ask.</summary>
    [FieldOffset(8)] public ulong End;
}

/// <summary>SYS_BRK reply.</summary>
[StructLayout(LayoutKind.Explicit, Size = 8)]
public struct BrkReply : IMessagePayload
{
    /// <summary>The end of its data now (short of the request if memory ran out).</summary>
    [FieldOffset(0)] public ulong End;
}
