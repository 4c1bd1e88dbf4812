using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Kernel.Calls;

/// <summary>SYS_SETALARM request: arm, re-arm or cancel the caller's one alarm; it fires as a CLOCK notification.</summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
public struct SetAlarmRequest : IMessagePayload
{
    /// <summary>Expiry: ticks from now, or an absolute uptime if <see cref="Absolute"/> is set. Relative 0 cancels.</summary>
    [FieldOffset(0)] public ulong Ticks;

    /// <summary>Non-zero if <see cref="Ticks"/> is an absolute uptime.</summary>
    [FieldOffset(8)] public int Absolute;
}

/// <summary>SYS_SETALARM reply.</summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
public struct SetAlarmReply : IMessagePayload
{
    /// <summary>The value meaning "no previous alarm" in <see cref="TimeLeft"/>.</summary>
    public const ulong Never = ulong.MaxValue;

    /// <summary>Ticks that were left on the previous alarm, or <see cref="Never"/>.</summary>
    [FieldOffset(0)] public ulong TimeLeft;

    /// <summary>The uptime in ticks when the call was made.</summary>
    [FieldOffset(8)] public ulong Uptime;
}
