using System.Numerics;

namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>
    /// NOTIFY from <paramref name="source"/> (a process, or a kernel task for interrupts, alarms and signals): delivered
    /// at once if <paramref name="target"/> is waiting for it outside a SENDREC, otherwise remembered as one bit,
    /// so repeated notifications from one source merge and the sender never blocks.
    /// </summary>
    /// <param name="source">The notifier.</param>
    /// <param name="target">The process notified.</param>
    public void Notify(Process source, Process target)
    {
        if (target.Privileges is null || !target.IsAlive)
            return;
        if (!ReceivesFrom(target, source.Endpoint) || target.AwaitingReply)
        {
            target.Privileges.NotifyPending |= 1UL << source.Privileges!.Id;
            return;
        }

        WriteNotification(source, target, target.MessageAddress);
        Unblock(target);
    }

    /// <summary>Hands a pending notification to a RECEIVE, lowest privilege id (so kernel tasks) first.</summary>
    private bool TakeNotification(Process caller, Endpoint source, ulong address)
    {
        PrivilegeSlot privileges = caller.Privileges!;
        ulong pending = privileges.NotifyPending;
        if (source != Endpoint.Any)
        {
            if (Find(source, out Process from) != Status.Ok || from.Privileges?.Owner != from)
                return false;
            pending &= 1UL << from.Privileges.Id;
        }

        if (pending == 0)
            return false;
        int id = BitOperations.TrailingZeroCount(pending);
        privileges.NotifyPending &= ~(1UL << id);
        if (_privileges[id].Owner is not Process sender || !sender.IsAlive)
            return false;
        WriteNotification(sender, caller, address);
        return true;
    }

    private void WriteNotification(Process source, Process target, ulong address)
    {
        var message = new Message(MessageType.Notify) { Source = source.Endpoint };
        ref NotifyPayload payload = ref message.Payload<NotifyPayload>();
        payload.Timestamp = Uptime;
        // The hardware and system tasks' notifications carry what is pending from them, which they hand over.
        PrivilegeSlot privileges = target.Privileges!;
        if (source == HardwareTask)
            (payload.Interrupts, privileges.InterruptsPending) = (privileges.InterruptsPending, 0);
        else if (source == SystemTask)
            (payload.Signals, privileges.SignalsPending) = (privileges.SignalsPending, 0);
        Machine.Write(target, address, BytesOf(ref message));
        target.Result = Status.Ok;
        target.ResultIpc = IpcStatus.Of(IpcCall.Notify, fromKernel: source.IsTask);
    }
}
