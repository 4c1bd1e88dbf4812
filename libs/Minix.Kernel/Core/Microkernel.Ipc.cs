using System.Runtime.InteropServices;
using Minix.Ipc;

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
    public void IpcTrap(Process caller, int call, int partner, ulong address)
    {
        caller.Result = CheckIpc(caller, (IpcCall)call, new Endpoint(partner), address, out Process? target);
        if (caller.Result != Status.Ok)
            return;
        switch ((IpcCall)call)
        {
            case IpcCall.Send:
            case IpcCall.SendRec:
            case IpcCall.SendNb:
                Send(caller, target!, (IpcCall)call, address);
                break;
            case IpcCall.Receive:
                Receive(caller, new Endpoint(partner), address);
                break;
            case IpcCall.Notify:
                Notify(caller, target!);
                break;
        }
    }

    /// <summary>Every check an IPC call must pass before anything happens: nothing about the caller is trusted.</summary>
    private Status CheckIpc(Process caller, IpcCall call, Endpoint partner, ulong address, out Process? target)
    {
        target = null;
        if (call < IpcCall.Send || call > IpcCall.SendNb)
            return Status.BadCall;
        if (caller.Privileges is not PrivilegeSlot privileges || !privileges.Rights.MayUse(call))
            return Status.TrapDenied;
        if (call != IpcCall.Notify && !Machine.Owns(caller, address, Message.Size, writable: call == IpcCall.Receive || call == IpcCall.SendRec))
            return Status.BadAddress;
        if (partner == Endpoint.Any)
            return call == IpcCall.Receive ? Status.Ok : Status.InvalidArgument;
        Status status = Find(partner, out Process found);
        if (status != Status.Ok)
            return status;
        if (found == caller)
            return Status.Deadlock; // nobody else could ever complete it: a receive from oneself would block for ever
        if (call == IpcCall.Receive)
            return Status.Ok;
        if (found.IsTask)
            return Status.TrapDenied;
        if (found.Privileges is null)
            return Status.NotReady; // spawned, and not yet given privileges by the manager
        bool isReply = found.AwaitingReply && found.ReceiveFrom == caller.Endpoint;
        if (!isReply && !privileges.Rights.MaySendTo(found.Privileges!.Id))
            return Status.CallDenied;
        if (call == IpcCall.Notify && found.Privileges!.Owner != found)
            return Status.CallDenied;
        target = found;
        return Status.Ok;
    }

    private void Send(Process caller, Process target, IpcCall call, ulong address)
    {
        bool waiting = (target.Flags & (ProcessFlags.Receiving | ProcessFlags.Sending)) == ProcessFlags.Receiving
            && (target.ReceiveFrom == Endpoint.Any || target.ReceiveFrom == caller.Endpoint);
        if (waiting)
        {
            Deliver(caller, address, target, call);
            if (call == IpcCall.SendRec)
                BlockReceiving(caller, target.Endpoint, address, awaitingReply: true);
            return;
        }

        if (call == IpcCall.SendNb)
        {
            caller.Result = Status.NotReady;
            return;
        }

        if (WouldDeadlock(caller, target, sending: true))
        {
            caller.Result = Status.Deadlock;
            return;
        }

        caller.Flags |= ProcessFlags.Sending;
        caller.SendTo = target.Endpoint;
        caller.MessageAddress = address;
        caller.BlockedCall = call;
        caller.NextCaller = null;
        if (target.FirstCaller is null)
        {
            target.FirstCaller = caller;
        }
        else
        {
            Process last = target.FirstCaller;
            while (last.NextCaller is not null)
                last = last.NextCaller;
            last.NextCaller = caller;
        }

        Unready(caller);
    }

    private void Receive(Process caller, Endpoint source, ulong address)
    {
        if (!caller.AwaitingReply && TakeNotification(caller, source, address))
            return;

        Process? previous = null;
        for (Process? sender = caller.FirstCaller; sender is not null; previous = sender, sender = sender.NextCaller)
        {
            if (source != Endpoint.Any && sender.Endpoint != source)
                continue;
            if (previous is null)
                caller.FirstCaller = sender.NextCaller;
            else
                previous.NextCaller = sender.NextCaller;
            sender.NextCaller = null;
            sender.Flags &= ~ProcessFlags.Sending;
            sender.SendTo = Endpoint.None;
            Deliver(sender, sender.MessageAddress, caller, sender.BlockedCall, receiverBlocked: false, address);
            if (sender.BlockedCall == IpcCall.SendRec)
            {
                BlockReceiving(sender, caller.Endpoint, sender.MessageAddress, awaitingReply: true);
            }
            else
            {
                sender.Result = Status.Ok;
                Ready(sender);
            }

            return;
        }

        if (source != Endpoint.Any && Find(source, out Process partner) == Status.Ok && WouldDeadlock(caller, partner, sending: false))
        {
            caller.Result = Status.Deadlock;
            return;
        }

        BlockReceiving(caller, source, address, awaitingReply: false);
    }

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
    /// completes the receiver's RECEIVE. Both buffers were checked when their calls were made.
    /// </summary>
    private void Deliver(Process sender, ulong senderAddress, Process receiver, IpcCall call, bool receiverBlocked = true, ulong receiverAddress = 0)
    {
        var message = default(Message);
        Span<byte> bytes = MemoryMarshal.AsBytes(new Span<Message>(ref message));
        Machine.Read(sender, senderAddress, bytes);
        message.Source = sender.Endpoint;
        Machine.Write(receiver, receiverBlocked ? receiver.MessageAddress : receiverAddress, bytes);
        receiver.Result = Status.Ok;
        receiver.ResultIpc = IpcStatus.Of(call, fromKernel: false);
        if (receiverBlocked)
            Unblock(receiver);
    }

    private void Unblock(Process receiver)
    {
        receiver.Flags &= ~ProcessFlags.Receiving;
        receiver.ReceiveFrom = Endpoint.None;
        receiver.AwaitingReply = false;
        Ready(receiver);
    }
}
