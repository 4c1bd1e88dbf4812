using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Kernel.Calls;

/// <summary>SYS_IRQCTL sub-requests.</summary>
public enum IrqRequest
{
    /// <summary>Bind an IRQ line to the caller: its interrupts arrive as HARDWARE notifications with the notify-id bit.</summary>
    SetPolicy = 1,

    /// <summary>Release a binding.</summary>
    RemovePolicy = 2,

    /// <summary>Unmask the line again after handling an interrupt.</summary>
    Enable = 3,

    /// <summary>Mask the line.</summary>
    Disable = 4,
}

/// <summary>IRQ policy bits.</summary>
[Flags]
public enum IrqPolicy
{
    /// <summary>Leave the line masked after an interrupt until the driver enables it.</summary>
    None = 0,

    /// <summary>Unmask the line right after the notification is queued.</summary>
    Reenable = 0x1,
}

/// <summary>SYS_IRQCTL request.</summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
public struct IrqCtlRequest : IMessagePayload
{
    /// <summary>Largest notify id (the bit number in <see cref="NotifyPayload.Interrupts"/>).</summary>
    public const int MaxNotifyId = 63;

    /// <summary>The sub-request.</summary>
    [FieldOffset(0)] public IrqRequest Request;

    /// <summary>SetPolicy: the IRQ line (0..15).</summary>
    [FieldOffset(4)] public int Irq;

    /// <summary>SetPolicy: the policy.</summary>
    [FieldOffset(8)] public IrqPolicy Policy;

    /// <summary>SetPolicy: the caller's notify id (0..63). Other requests: the hook handle SetPolicy returned.</summary>
    [FieldOffset(12)] public int HookId;
}

/// <summary>SYS_IRQCTL reply.</summary>
[StructLayout(LayoutKind.Explicit, Size = 4)]
public struct IrqCtlReply : IMessagePayload
{
    /// <summary>SetPolicy: the hook handle for the other sub-requests.</summary>
    [FieldOffset(0)] public int HookId;
}
