namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>
    /// The IPC trap: <paramref name="caller"/> asks for primitive <paramref name="call"/> with
    /// <paramref name="partner"/> and the message buffer at <paramref name="address"/> in its memory. When the call
    /// completes, its status is in <see cref="Process.Result"/>; a call that blocks completes later, when a partner
    /// arrives or dies.
    /// </summary>
    /// <param name="caller">The calling process.</param>
    /// <param name="call">The primitive number as the process passed it.</param>
    /// <param name="partner">The partner endpoint's raw value.</param>
    /// <param name="address">The message buffer's address in the caller.</param>
    [SkipLocalsInit, MethodImpl(MethodImplOptions.AggressiveInlining)] public void IpcTrap(Process caller, int call, int partner, ulong address)
    {
        if ((caller.Result = CheckIpc(caller, (IpcCall)call, new Endpoint(partner), address, out Process target)) != Status.Ok)
            return;
        if ((IpcCall)call == IpcCall.Receive)
            Receive(caller, new Endpoint(partner), address);
        else if ((IpcCall)call == IpcCall.Notify)
            Notify(caller, target);
        else
            Send(caller, target, (IpcCall)call == IpcCall.ReplyReceive ? IpcCall.SendNb : (IpcCall)call, address);
        if ((IpcCall)call == IpcCall.ReplyReceive && caller.Result == Status.Ok)
            Receive(caller, Endpoint.Any, address);
    }

    /// <summary>Every check an IPC call must pass before anything happens: nothing about the caller is trusted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // one call site: one frame fewer on every IPC trap
    private Status CheckIpc(Process caller, IpcCall call, Endpoint partner, ulong address, out Process target)
    {
        target = caller;
        if (call < IpcCall.Send || call > IpcCall.ReplyReceive)
            return Status.BadCall;
        if (caller.Privileges is not PrivilegeSlot privileges || !privileges.Rights.MayUse(call))
            return Status.TrapDenied;
        if (call != IpcCall.Notify && !Machine.Owns(caller, address, Message.Size, writable: call is IpcCall.Receive or IpcCall.SendRec or IpcCall.ReplyReceive))
            return Status.BadAddress;
        if (partner == Endpoint.Any)
            return call == IpcCall.Receive ? Status.Ok : Status.InvalidArgument;
        if (Find(partner, out target) is var status and not Status.Ok)
            return status;
        if (target == caller)
            return Status.Deadlock; // nobody else could ever complete it: a receive from oneself would block for ever
        if (call == IpcCall.Receive)
            return Status.Ok;
        if (target.IsTask)
            return Status.TrapDenied;
        if (target.Privileges is null)
            return Status.NotReady; // spawned, and not yet given privileges by the manager
        // A reply may go where the send mask does not reach; only a process with privileges of its own takes notifications.
        bool isReply = target.AwaitingReply && target.ReceiveFrom == caller.Endpoint;
        bool allowed = (isReply || privileges.Rights.MaySendTo(target.Privileges.Id)) && (call != IpcCall.Notify || target.Privileges.Owner == target);
        return allowed ? Status.Ok : Status.CallDenied;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] private void Send(Process caller, Process target, IpcCall call, ulong address)
    {
        if (ReceivesFrom(target, caller.Endpoint))
        {
            Deliver(caller, address, target, target.MessageAddress, call);
            Unblock(target);
            if (call == IpcCall.SendRec)
                BlockReceiving(caller, target.Endpoint, address, awaitingReply: true);
            return;
        }

        if (call == IpcCall.SendNb || WouldDeadlock(caller, target, sending: true))
        {
            caller.Result = call == IpcCall.SendNb ? Status.NotReady : Status.Deadlock;
            return;
        }

        caller.Flags |= ProcessFlags.Sending;
        caller.SendTo = target.Endpoint;
        caller.MessageAddress = address;
        caller.BlockedCall = call;
        caller.NextCaller = null;
        // The end of the target's caller queue, through the links themselves (MINIX's xpp).
        ref Process? last = ref target.FirstCaller;
        while (last is not null)
            last = ref last.NextCaller;
        last = caller;
        Unready(caller);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] private void Receive(Process caller, Endpoint source, ulong address)
    {
        if (!caller.AwaitingReply && caller.Privileges!.NotifyPending != 0 && TakeNotification(caller, source, address))
            return;

        for (Process? sender = caller.FirstCaller; sender is not null; sender = sender.NextCaller)
        {
            if (source != Endpoint.Any && sender.Endpoint != source)
                continue;
            StopSending(sender);
            Deliver(sender, sender.MessageAddress, caller, address, sender.BlockedCall);
            // A SENDREC waits on for the reply; a SEND is done (its result is still the Ok it blocked with).
            if (sender.BlockedCall == IpcCall.SendRec)
                BlockReceiving(sender, caller.Endpoint, sender.MessageAddress, awaitingReply: true);
            else
                Ready(sender);
            return;
        }

        if (source != Endpoint.Any && Find(source, out Process partner) == Status.Ok && WouldDeadlock(caller, partner, sending: false))
            caller.Result = Status.Deadlock;
        else
            BlockReceiving(caller, source, address, awaitingReply: false);
    }

    /// <summary>Whether <paramref name="process"/> is blocked in a RECEIVE that a message from <paramref name="source"/> completes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ReceivesFrom(Process process, Endpoint source) =>
        (process.Flags & (ProcessFlags.Receiving | ProcessFlags.Sending)) == ProcessFlags.Receiving
        && (process.ReceiveFrom == Endpoint.Any || process.ReceiveFrom == source);

    private void BlockReceiving(Process process, Endpoint source, ulong address, bool awaitingReply)
    {
        process.Flags |= ProcessFlags.Receiving;
        process.ReceiveFrom = source;
        process.MessageAddress = address;
        process.AwaitingReply = awaitingReply;
        Unready(process);
    }

    /// <summary>
    /// Copies a message from <paramref name="sender"/>'s buffer into the receiver's, stamping the true source, and
    /// sets the result of the receiver's RECEIVE. Both buffers were checked when their calls were made.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Deliver(Process sender, ulong senderAddress, Process receiver, ulong receiverAddress, IpcCall call)
    {
        Machine.CopyMessage(sender, senderAddress, receiver, receiverAddress, sender.Endpoint);
        receiver.Result = Status.Ok;
        receiver.ResultIpc = IpcStatus.Of(call, fromKernel: false);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] private void Unblock(Process receiver)
    {
        receiver.Flags &= ~ProcessFlags.Receiving;
        receiver.ReceiveFrom = Endpoint.None;
        receiver.AwaitingReply = false;
        Ready(receiver);
    }

    /// <summary>Takes a process that is blocked sending out of its target's caller queue.</summary>
    private void StopSending(Process process)
    {
        if ((process.Flags & ProcessFlags.Sending) != 0 && Find(process.SendTo, out Process target) == Status.Ok)
        {
            ref Process? link = ref target.FirstCaller;
            while (link is Process queued && queued != process)
                link = ref queued.NextCaller;
            if (link is not null)
                (link, process.NextCaller) = (process.NextCaller, null);
        }

        process.Flags &= ~ProcessFlags.Sending;
        process.SendTo = Endpoint.None;
    }

    /// <summary>A struct's bytes, for copying it to or from a process.</summary>
    private static Span<byte> BytesOf<T>(ref T value)
        where T : unmanaged => MemoryMarshal.AsBytes(new Span<T>(ref value));
}
