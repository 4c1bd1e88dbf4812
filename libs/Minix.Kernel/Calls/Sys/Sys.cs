using Minix.Ipc;

namespace Minix.Kernel.Calls;

/// <summary>
/// The kernel calls as a system process makes them (MINIX's libsys): each method fills the request layout, traps
/// into the kernel and returns the kernel's <see cref="Status"/>. Drivers usually reach these through
/// Minix.DriverKit's helpers. Every method names its call with <see cref="UsesKernelCallAttribute"/>, so tools can
/// check it against the caller's system.conf entry.
/// </summary>
public static partial class Sys
{
    private static Status Call<TRequest>(KernelCall call, in TRequest request, out Message reply)
        where TRequest : unmanaged, IMessagePayload
    {
        reply = Message.Create(MessageType.KernelCallBase + (int)call, request);
        return Messaging.KernelCall(ref reply);
    }

    private static Status Call<TRequest>(KernelCall call, in TRequest request)
        where TRequest : unmanaged, IMessagePayload => Call(call, request, out _);

    /// <summary>SYS_NOP: enters and leaves the kernel; the baseline for measuring IPC cost.</summary>
    /// <returns><see cref="Status.Ok"/>.</returns>
    [UsesKernelCall(KernelCall.Nop)]
    public static Status Nop()
    {
        var message = new Message(MessageType.KernelCallBase + (int)KernelCall.Nop);
        return Messaging.KernelCall(ref message);
    }
}
