using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Kernel.Calls;

/// <summary>SYS_TIMES request.</summary>
[StructLayout(LayoutKind.Explicit, Size = 4)]
public struct TimesRequest : IMessagePayload
{
    /// <summary>The process asked about, or <see cref="Endpoint.Self"/>.</summary>
    [FieldOffset(0)] public Endpoint Target;
}

/// <summary>SYS_TIMES reply.</summary>
[StructLayout(LayoutKind.Explicit, Size = 24)]
public struct TimesReply : IMessagePayload
{
    /// <summary>Ticks the process ran in user mode.</summary>
    [FieldOffset(0)] public ulong UserTicks;

    /// <summary>Ticks the kernel spent on the process's calls.</summary>
    [FieldOffset(8)] public ulong SystemTicks;

    /// <summary>Ticks since boot.</summary>
    [FieldOffset(16)] public ulong Uptime;
}
