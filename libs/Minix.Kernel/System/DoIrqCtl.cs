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
        if ((uint)index >= (uint)IrqHooks || kernel._hooks[index].Owner is null)
            return Status.InvalidArgument;
        ref IrqHook hook = ref kernel._hooks[index];
        if (hook.Owner != caller)
            return Status.IrqNotOwned;
        switch (request.Request)
        {
            case IrqRequest.Enable:
                hook.Active = false;
                kernel.UpdateLine(hook.Irq);
                return Status.Ok;
            case IrqRequest.Disable:
                kernel.Machine.MaskIrq(hook.Irq);
                return Status.Ok;
            case IrqRequest.RemovePolicy:
                kernel.ReleaseIrqHook(ref hook);
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

        // The caller's hook with this notify id is bound anew; otherwise the first free one.
        int free = -1;
        for (int i = 0; i < _hooks.Length; i++)
        {
            if (_hooks[i].Owner == caller && _hooks[i].NotifyId == request.HookId)
            {
                free = i;
                break;
            }

            if (_hooks[i].Owner is null && free < 0)
                free = i;
        }

        if (free < 0)
            return Status.NoSpace;
        if (_hooks[free].Owner is not null)
            ReleaseIrqHook(ref _hooks[free]); // rebound to another line: the old one must not stay masked or bound
        _hooks[free] = new IrqHook { Owner = caller, Irq = request.Irq, NotifyId = request.HookId, Policy = request.Policy };
        UpdateLine(request.Irq);
        handle = free + 1;
        return Status.Ok;
    }
}
