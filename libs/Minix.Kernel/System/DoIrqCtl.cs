using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>The IRQ line of the clock, which the kernel keeps for itself.</summary>
    public const int ClockIrq = 0;

    /// <summary>
    /// SYS_IRQCTL: bind a line the caller's privileges grant to notifications with its notify id, or enable,
    /// disable or release a binding it owns. Handles are hook indexes plus one.
    /// </summary>
    private static Status DoIrqCtl(Microkernel kernel, Process caller, ref Message message)
    {
        IrqCtlRequest request = message.Payload<IrqCtlRequest>();
        if (request.Request == IrqRequest.SetPolicy)
            return kernel.SetIrqPolicy(caller, request, out message.Payload<IrqCtlReply>().HookId);

        int index = request.HookId - 1;
        if ((uint)index >= (uint)IrqHooks || !kernel._hooks[index].InUse)
            return Status.InvalidArgument;
        IrqHook hook = kernel._hooks[index];
        if (hook.Owner != caller)
            return Status.IrqNotOwned;
        switch (request.Request)
        {
            case IrqRequest.Enable:
                hook.Active = false;
                kernel.UnmaskIfQuiet(hook.Irq);
                return Status.Ok;
            case IrqRequest.Disable:
                kernel.Machine.MaskIrq(hook.Irq);
                return Status.Ok;
            case IrqRequest.RemovePolicy:
                hook.InUse = false;
                hook.Owner = null;
                hook.Active = false;
                if (kernel.LineBound(hook.Irq))
                    kernel.UnmaskIfQuiet(hook.Irq);
                else
                    kernel.Machine.MaskIrq(hook.Irq);
                return Status.Ok;
            default:
                return Status.InvalidArgument;
        }
    }

    private Status SetIrqPolicy(Process caller, IrqCtlRequest request, out int handle)
    {
        handle = 0;
        if ((uint)request.Irq >= Limits.IrqLines || (uint)request.HookId > IrqCtlRequest.MaxNotifyId || (request.Policy & ~IrqPolicy.Reenable) != 0)
            return Status.InvalidArgument;
        if (!caller.Privileges!.Rights.OwnsIrq(request.Irq))
            return Status.IrqNotOwned;
        if (request.Irq == ClockIrq)
            return Status.Busy;

        int free = -1;
        for (int i = 0; i < _hooks.Length; i++)
        {
            IrqHook existing = _hooks[i];
            if (existing.InUse && existing.Owner == caller && existing.NotifyId == request.HookId)
            {
                free = i;
                break;
            }

            if (!existing.InUse && free < 0)
                free = i;
        }

        if (free < 0)
            return Status.NoSpace;
        IrqHook hook = _hooks[free];
        hook.InUse = true;
        hook.Owner = caller;
        hook.Irq = request.Irq;
        hook.NotifyId = request.HookId;
        hook.Policy = request.Policy;
        hook.Active = false;
        UnmaskIfQuiet(request.Irq);
        handle = free + 1;
        return Status.Ok;
    }
}
