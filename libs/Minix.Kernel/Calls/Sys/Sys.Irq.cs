using Minix.Ipc;

namespace Minix.Kernel.Calls;

public static partial class Sys
{
    /// <summary>
    /// SYS_IRQCTL SetPolicy: from now on an interrupt on <paramref name="irq"/> reaches the caller as a HARDWARE
    /// notification with bit <paramref name="notifyId"/> set in <see cref="NotifyPayload.Interrupts"/>.
    /// </summary>
    /// <param name="irq">The line (0..15), which must be in the caller's privileges.</param>
    /// <param name="policy">Whether the kernel unmasks the line again by itself.</param>
    /// <param name="notifyId">The bit to report (0..63).</param>
    /// <param name="hook">The handle for <see cref="IrqEnable"/>, <see cref="IrqDisable"/> and <see cref="IrqRemovePolicy"/>.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.IrqNotOwned"/>, <see cref="Status.InvalidArgument"/> or <see cref="Status.NoSpace"/>.</returns>
    [UsesKernelCall(KernelCall.IrqCtl)]
    public static Status IrqSetPolicy(int irq, IrqPolicy policy, int notifyId, out int hook)
    {
        Status status = Call(KernelCall.IrqCtl, new IrqCtlRequest { Request = IrqRequest.SetPolicy, Irq = irq, Policy = policy, HookId = notifyId }, out Message reply);
        hook = status == Status.Ok ? reply.Payload<IrqCtlReply>().HookId : -1;
        return status;
    }

    /// <summary>SYS_IRQCTL Enable: unmasks the hook's line after an interrupt was handled.</summary>
    /// <param name="hook">The handle from <see cref="IrqSetPolicy"/>.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.IrqCtl)]
    public static Status IrqEnable(int hook) => Call(KernelCall.IrqCtl, new IrqCtlRequest { Request = IrqRequest.Enable, HookId = hook });

    /// <summary>SYS_IRQCTL Disable: masks the hook's line.</summary>
    /// <param name="hook">The handle from <see cref="IrqSetPolicy"/>.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.IrqCtl)]
    public static Status IrqDisable(int hook) => Call(KernelCall.IrqCtl, new IrqCtlRequest { Request = IrqRequest.Disable, HookId = hook });

    /// <summary>SYS_IRQCTL RemovePolicy: releases the hook.</summary>
    /// <param name="hook">The handle from <see cref="IrqSetPolicy"/>.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.IrqCtl)]
    public static Status IrqRemovePolicy(int hook) => Call(KernelCall.IrqCtl, new IrqCtlRequest { Request = IrqRequest.RemovePolicy, HookId = hook });
}
