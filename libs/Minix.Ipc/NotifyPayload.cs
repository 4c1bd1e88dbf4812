using System.Runtime.InteropServices;

namespace Minix.Ipc;

/// <summary>
/// The payload of a notification (type <see cref="MessageType.Notify"/>). Its sender is
/// <see cref="Message.Source"/>: <see cref="Endpoint.Hardware"/> for interrupts, <see cref="Endpoint.Clock"/>
/// for an expired alarm, <see cref="Endpoint.System"/> for kernel signals, or the process that called NOTIFY.
/// Repeated notifications from one sender merge into one, so the bit sets accumulate until received.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 24)]
public struct NotifyPayload : IMessagePayload
{
    /// <summary>Clock ticks since boot when the notification was built.</summary>
    [FieldOffset(0)] public ulong Timestamp;

    /// <summary>From <see cref="Endpoint.Hardware"/>: one bit per notify id whose interrupt is pending.</summary>
    [FieldOffset(8)] public ulong Interrupts;

    /// <summary>From <see cref="Endpoint.System"/>: one bit per pending kernel signal.</summary>
    [FieldOffset(16)] public ulong Signals;
}
