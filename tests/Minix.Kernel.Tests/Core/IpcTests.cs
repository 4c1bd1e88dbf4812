using Minix.Ipc;
using Minix.Kernel.Core;

namespace Minix.Kernel.Tests.Core;

public class IpcTests
{
    private readonly KernelFixture f = new();

    private Process A => f.P(4);

    private Process B => f.P(5);

    [Fact]
    public void Send_blocks_until_the_receiver_arrives_then_both_complete()
    {
        Assert.Equal(Status.Ok, f.Ipc(A, IpcCall.Send, B.Endpoint, new Message(42)));
        Assert.Equal(ProcessFlags.Sending, A.Flags);

        Assert.Equal(Status.Ok, f.Ipc(B, IpcCall.Receive, Endpoint.Any));
        Assert.True(A.IsRunnable);
        Assert.Equal(Status.Ok, A.Result);
        Message got = f.Received(B);
        Assert.Equal(42, got.Type);
        Assert.Equal(A.Endpoint, got.Source);
        Assert.Equal(IpcCall.Send, B.ResultIpc.Call);
    }

    [Fact]
    public void Receive_blocks_until_a_sender_arrives()
    {
        f.Ipc(B, IpcCall.Receive, Endpoint.Any);
        Assert.Equal(ProcessFlags.Receiving, B.Flags);
        f.Ipc(A, IpcCall.Send, B.Endpoint, new Message(7));
        Assert.True(A.IsRunnable && B.IsRunnable);
        Assert.Equal(7, f.Received(B).Type);
    }

    [Fact]
    public void The_kernel_stamps_the_true_source_whatever_the_sender_wrote()
    {
        f.Ipc(B, IpcCall.Receive, Endpoint.Any);
        f.Ipc(A, IpcCall.Send, B.Endpoint, new Message(1) { Source = f.P(2).Endpoint });
        Assert.Equal(A.Endpoint, f.Received(B).Source);
    }

    [Fact]
    public void Sendrec_waits_for_the_reply_from_the_same_partner()
    {
        f.Ipc(B, IpcCall.Receive, Endpoint.Any);
        f.Ipc(A, IpcCall.SendRec, B.Endpoint, new Message(100));
        Assert.Equal(ProcessFlags.Receiving, A.Flags);
        Assert.True(A.AwaitingReply);

        // A notification from someone else does not break into the receive half.
        f.Ipc(f.P(2), IpcCall.Notify, A.Endpoint);
        Assert.Equal(ProcessFlags.Receiving, A.Flags);

        f.Ipc(B, IpcCall.Send, A.Endpoint, new Message(200));
        Assert.True(A.IsRunnable);
        Assert.Equal(200, f.Received(A).Type);
        Assert.Equal(B.Endpoint, f.Received(A).Source);
    }

    [Fact]
    public void Replyreceive_answers_the_client_and_takes_the_next_waiting_message_in_one_trap()
    {
        var c = f.P(2);
        f.Ipc(B, IpcCall.Receive, Endpoint.Any);
        f.Ipc(A, IpcCall.SendRec, B.Endpoint, new Message(100));
        f.Ipc(c, IpcCall.Send, B.Endpoint, new Message(300)); // queued: B is busy with A's request
        Assert.Equal(ProcessFlags.Sending, c.Flags);

        Assert.Equal(Status.Ok, f.Ipc(B, IpcCall.ReplyReceive, A.Endpoint, new Message(200)));
        Assert.True(A.IsRunnable && B.IsRunnable && c.IsRunnable);
        Assert.Equal(200, f.Received(A).Type);
        Assert.Equal(IpcCall.SendNb, A.ResultIpc.Call); // the client sees a plain reply
        Assert.Equal(300, f.Received(B).Type);
        Assert.Equal(c.Endpoint, f.Received(B).Source);
    }

    [Fact]
    public void Replyreceive_blocks_in_its_receive_when_nothing_else_waits()
    {
        f.Ipc(B, IpcCall.Receive, Endpoint.Any);
        f.Ipc(A, IpcCall.SendRec, B.Endpoint, new Message(100));
        f.Ipc(B, IpcCall.ReplyReceive, A.Endpoint, new Message(200));
        Assert.Equal(ProcessFlags.Receiving, B.Flags);
        Assert.False(B.AwaitingReply);
        f.Ipc(f.P(2), IpcCall.Send, B.Endpoint, new Message(7));
        Assert.True(B.IsRunnable);
        Assert.Equal(7, f.Received(B).Type);
    }

    [Fact]
    public void Replyreceive_to_a_client_not_waiting_fails_and_receives_nothing()
    {
        f.Ipc(f.P(2), IpcCall.Send, B.Endpoint, new Message(300));
        Assert.Equal(Status.NotReady, f.Ipc(B, IpcCall.ReplyReceive, A.Endpoint, new Message(200)));
        Assert.True(B.IsRunnable);
        Assert.Equal(ProcessFlags.Sending, f.P(2).Flags); // still queued for B's next receive
        Assert.Equal(Status.BadAddress, f.Ipc(B, IpcCall.ReplyReceive, A.Endpoint, null, address: 0));
        Assert.Equal(Status.InvalidArgument, f.Ipc(B, IpcCall.ReplyReceive, Endpoint.Any, new Message(1)));
    }

    [Fact]
    public void Senders_are_served_in_arrival_order_and_by_source()
    {
        var c = f.P(2);
        f.Ipc(A, IpcCall.Send, B.Endpoint, new Message(1));
        f.Ipc(c, IpcCall.Send, B.Endpoint, new Message(2));
        f.Ipc(B, IpcCall.Receive, c.Endpoint);
        Assert.Equal(2, f.Received(B).Type);
        Assert.Equal(ProcessFlags.Sending, A.Flags);
        f.Ipc(B, IpcCall.Receive, Endpoint.Any);
        Assert.Equal(1, f.Received(B).Type);
        Assert.True(A.IsRunnable);
    }

    [Fact]
    public void Sendnb_fails_with_not_ready_when_nobody_waits()
    {
        Assert.Equal(Status.NotReady, f.Ipc(A, IpcCall.SendNb, B.Endpoint, new Message(1)));
        Assert.True(A.IsRunnable);
        f.Ipc(B, IpcCall.Receive, A.Endpoint);
        Assert.Equal(Status.Ok, f.Ipc(A, IpcCall.SendNb, B.Endpoint, new Message(3)));
        Assert.Equal(3, f.Received(B).Type);
    }

    [Fact]
    public void Notifications_merge_into_one_pending_bit_per_sender()
    {
        f.Ipc(A, IpcCall.Notify, B.Endpoint);
        f.Ipc(A, IpcCall.Notify, B.Endpoint);
        Assert.True(A.IsRunnable);
        Assert.Equal(Status.Ok, f.Ipc(B, IpcCall.Receive, Endpoint.Any));
        Message first = f.Received(B);
        Assert.Equal(MessageType.Notify, first.Type);
        Assert.Equal(A.Endpoint, first.Source);
        Assert.True(B.ResultIpc.IsNotify);
        f.Ipc(B, IpcCall.Receive, Endpoint.Any);
        Assert.Equal(ProcessFlags.Receiving, B.Flags);
    }

    [Fact]
    public void A_waiting_receiver_gets_a_notification_at_once()
    {
        f.Ipc(B, IpcCall.Receive, A.Endpoint);
        f.Ipc(A, IpcCall.Notify, B.Endpoint);
        Assert.True(B.IsRunnable);
        Assert.Equal(MessageType.Notify, f.Received(B).Type);
    }

    [Fact]
    public void Sending_outside_the_send_mask_returns_call_denied()
    {
        var printer = f.P(6);
        Assert.Equal(Status.CallDenied, f.Ipc(printer, IpcCall.Send, A.Endpoint, new Message(1)));
        Assert.True(printer.IsRunnable);
        Assert.Equal(Status.CallDenied, f.Ipc(printer, IpcCall.Notify, A.Endpoint));
    }

    [Fact]
    public void A_reply_to_a_sendrec_is_allowed_outside_the_send_mask()
    {
        var printer = f.P(6);
        f.Ipc(printer, IpcCall.Receive, Endpoint.Any);
        f.Ipc(A, IpcCall.SendRec, printer.Endpoint, new Message(1));
        Assert.Equal(Status.Ok, f.Ipc(printer, IpcCall.Send, A.Endpoint, new Message(2)));
        Assert.Equal(2, f.Received(A).Type);
    }

    [Fact]
    public void User_processes_may_only_use_sendrec()
    {
        var user = f.P(7);
        Assert.Equal(Status.TrapDenied, f.Ipc(user, IpcCall.Send, A.Endpoint, new Message(1)));
        Assert.Equal(Status.TrapDenied, f.Ipc(user, IpcCall.Receive, Endpoint.Any));
        Assert.Equal(Status.TrapDenied, f.Ipc(user, IpcCall.Notify, A.Endpoint));
        Assert.Equal(Status.TrapDenied, f.Ipc(user, IpcCall.ReplyReceive, A.Endpoint, new Message(1)));
        Assert.Equal(Status.Ok, f.Ipc(user, IpcCall.SendRec, A.Endpoint, new Message(1)));
    }

    [Fact]
    public void Cyclic_sends_are_refused_with_deadlock()
    {
        var c = f.P(2);
        f.Ipc(A, IpcCall.Send, B.Endpoint, new Message(1));
        f.Ipc(B, IpcCall.Send, c.Endpoint, new Message(1));
        Assert.Equal(Status.Deadlock, f.Ipc(c, IpcCall.Send, A.Endpoint, new Message(1)));
        Assert.True(c.IsRunnable);
    }

    [Fact]
    public void Two_processes_sending_to_each_other_deadlock_but_sendrec_against_receive_does_not()
    {
        f.Ipc(A, IpcCall.Send, B.Endpoint, new Message(1));
        Assert.Equal(Status.Deadlock, f.Ipc(B, IpcCall.Send, A.Endpoint, new Message(1)));

        var g = new KernelFixture();
        Process a = g.P(4), b = g.P(5);
        g.Ipc(a, IpcCall.Receive, b.Endpoint);
        Assert.Equal(Status.Deadlock, g.Ipc(b, IpcCall.Receive, a.Endpoint));
    }

    [Fact]
    public void Sending_to_oneself_is_a_deadlock()
    {
        Assert.Equal(Status.Deadlock, f.Ipc(A, IpcCall.Send, A.Endpoint, new Message(1)));
    }

    [Fact]
    public void Receiving_from_oneself_is_a_deadlock_not_a_wait_for_ever()
    {
        Assert.Equal(Status.Deadlock, f.Ipc(A, IpcCall.Receive, A.Endpoint));
        Assert.Equal(ProcessFlags.None, A.Flags & ProcessFlags.Receiving);
        Assert.Equal(Status.Deadlock, f.Ipc(A, IpcCall.Notify, A.Endpoint));
    }

    [Fact]
    public void Dead_stale_and_bogus_endpoints_are_refused()
    {
        Assert.Equal(Status.DeadEndpoint, f.Ipc(A, IpcCall.Send, new Endpoint(30), new Message(1)));
        Assert.Equal(Status.DeadEndpoint, f.Ipc(A, IpcCall.Send, Endpoint.Create(3, 5), new Message(1)));
        Assert.Equal(Status.BadEndpoint, f.Ipc(A, IpcCall.Send, new Endpoint(5000), new Message(1)));
        Assert.Equal(Status.BadEndpoint, f.Ipc(A, IpcCall.Send, Endpoint.None, new Message(1)));
        Assert.Equal(Status.InvalidArgument, f.Ipc(A, IpcCall.Send, Endpoint.Any, new Message(1)));
    }

    [Fact]
    public void Ipc_to_kernel_tasks_other_than_receive_is_refused()
    {
        Assert.Equal(Status.TrapDenied, f.Ipc(A, IpcCall.Send, Endpoint.System, new Message(1)));
        Assert.Equal(Status.TrapDenied, f.Ipc(A, IpcCall.SendRec, Endpoint.Clock, new Message(1)));
    }

    [Fact]
    public void Bad_call_numbers_and_buffers_are_refused()
    {
        f.Kernel.IpcTrap(A, 9, B.Endpoint.Value, KernelFixture.Buffer);
        Assert.Equal(Status.BadCall, A.Result);
        f.Kernel.IpcTrap(A, 0, B.Endpoint.Value, KernelFixture.Buffer);
        Assert.Equal(Status.BadCall, A.Result);
        Assert.Equal(Status.BadAddress, f.Ipc(A, IpcCall.Send, B.Endpoint, null, address: 0));
        Assert.Equal(Status.BadAddress, f.Ipc(A, IpcCall.Receive, Endpoint.Any, null, address: TestMachine.Base + TestMachine.MemorySize - 10));
        Assert.True(A.IsRunnable);
    }

    [Fact]
    public void A_death_releases_everyone_blocked_on_the_dead_process()
    {
        var c = f.P(2);
        f.Ipc(A, IpcCall.Send, B.Endpoint, new Message(1));
        f.Ipc(c, IpcCall.Receive, B.Endpoint);
        f.Kernel.Kill(B, Calls.ExitReason.Fault, 14, 0, 0x401000);
        Assert.Equal(Status.DeadEndpoint, A.Result);
        Assert.True(A.IsRunnable);
        Assert.Equal(Status.DeadEndpoint, c.Result);
        Assert.True(B.IsFree);
        Assert.Contains(f.Machine.Log, l => l.Contains("b (endpoint 5) killed by page fault"));
    }

    [Fact]
    public void A_blocked_sender_that_dies_leaves_the_queue()
    {
        f.Ipc(A, IpcCall.Send, B.Endpoint, new Message(1));
        f.Kernel.Kill(A, Calls.ExitReason.Killed, 0);
        f.Ipc(B, IpcCall.Receive, Endpoint.Any);
        Assert.Equal(ProcessFlags.Receiving, B.Flags);
    }
}
