using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel.Boot;
using Minix.Kernel.Calls;
using Minix.Kernel.Core;
using Minix.Kernel.Privileges;

namespace Minix.Kernel.Tests.Core;

/// <summary>The calls only the process manager makes: fork, exec, copies by address, brk, and the kernel signals.</summary>
public class ProcessManagerCallTests
{
    private const ulong PmCalls =
        (1UL << (int)KernelCall.Fork) | (1UL << (int)KernelCall.Exec) | (1UL << (int)KernelCall.VirCopy) | (1UL << (int)KernelCall.Brk)
        | (1UL << (int)KernelCall.GetKSig) | (1UL << (int)KernelCall.EndKSig) | (1UL << (int)KernelCall.SigSend)
        | (1UL << (int)KernelCall.SigReturn) | (1UL << (int)KernelCall.Kill);

    private readonly KernelFixture f = new(
        KernelFixture.Service(0, "pm", p => { p.Flags |= PrivilegeFlags.SignalManager; p.CallMask |= PmCalls; return p; }),
        KernelFixture.Service(1, "vfs", p => { p.CallMask |= KernelCallMask.Of(KernelCall.Kill) | KernelCallMask.Of(KernelCall.Fork); return p; }),
        KernelFixture.Service(2, "rs", p => { p.Flags |= PrivilegeFlags.PrivilegeManager; p.CallMask = KernelCallMask.All; return p; }),
        KernelFixture.UserProgram(5, "sh"),
        KernelFixture.UserProgram(6, "cat"));

    private Process Pm => f.P(0);

    private Process Vfs => f.P(1);

    private Process Rs => f.P(2);

    private Process Sh => f.P(5);

    private Process Cat => f.P(6);

    /// <summary><paramref name="process"/> makes a call to PM and PM receives it: the process waits for PM's reply.</summary>
    private void CallPm(Process process, int type = 1)
    {
        f.Ipc(Pm, IpcCall.Receive, Endpoint.Any);
        Assert.Equal(Status.Ok, f.Ipc(process, IpcCall.SendRec, Pm.Endpoint, new Message(type)));
        Assert.Equal(process.Endpoint, f.Received(Pm).Source);
    }

    [Fact]
    public void Fork_gives_the_child_a_copy_of_the_parents_memory_and_leaves_it_waiting_for_the_managers_reply_at_the_same_buffer()
    {
        f.Machine.MemoryOf(Sh)[0x2000] = 42;
        CallPm(Sh);
        Assert.Equal(Status.Ok, f.Call(Pm, KernelCall.Fork, new ForkRequest { Parent = Sh.Endpoint, Slot = -1 }));
        Endpoint child = f.Reply<ForkReply>(Pm).Child;
        Process c = f.Kernel.ProcessAt(child.Slot);

        Assert.Equal(PrivilegeId.MaxBootSlot + 1, child.Slot);
        Assert.Equal(42, f.Machine.MemoryOf(c)[0x2000]);
        Assert.Equal("sh", ProcessNameText.ToText(c.Name));
        Assert.Equal(ProcessFlags.Receiving, c.Flags);
        Assert.True(c.AwaitingReply);

        // The manager answers each with its own result: the parent the child's pid, the child 0.
        Assert.Equal(Status.Ok, f.Ipc(Pm, IpcCall.SendNb, child, new Message(0)));
        Assert.True(c.IsRunnable);
        Assert.Equal(0, f.Received(c).Type);
        Assert.Equal(ProcessFlags.Receiving, Sh.Flags);
    }

    [Fact]
    public void Fork_is_refused_unless_the_parent_waits_for_its_own_manager_and_the_caller_is_that_manager()
    {
        Assert.Equal(Status.Busy, f.Call(Pm, KernelCall.Fork, new ForkRequest { Parent = Sh.Endpoint, Slot = -1 }));
        CallPm(Sh);
        Assert.Equal(Status.PermissionDenied, f.Call(Vfs, KernelCall.Fork, new ForkRequest { Parent = Sh.Endpoint, Slot = -1 }));
        Assert.Equal(Status.PermissionDenied, f.Call(Pm, KernelCall.Fork, new ForkRequest { Parent = Rs.Endpoint, Slot = -1 }));
        Assert.Equal(Status.CallDenied, f.Call(Cat, KernelCall.Fork, new ForkRequest { Parent = Sh.Endpoint, Slot = -1 }));
        Assert.All(Enumerable.Range(PrivilegeId.MaxBootSlot + 1, 10), slot => Assert.True(f.Kernel.ProcessAt(slot).IsFree));
    }

    [Fact]
    public void Exec_builds_a_new_image_the_manager_fills_then_starts_it_and_the_exec_call_is_abandoned()
    {
        CallPm(Sh);
        var layout = new ExecLayout { SegmentCount = 2, StackSize = 0x10000, Name = ProcessNameText.From("ls") };
        layout.Segments[0] = new ExecSegment { VirtualAddress = 0x400000, MemorySize = 0x3000, Access = SegmentAccess.Read | SegmentAccess.Execute };
        layout.Segments[1] = new ExecSegment { VirtualAddress = 0x403000, MemorySize = 0x1000, Access = SegmentAccess.Read | SegmentAccess.Write };
        f.Machine.WriteStruct(Pm, KernelFixture.Data, layout);
        f.Machine.MemoryOf(Pm)[0x3000] = 0xC3;

        Assert.Equal(Status.Ok, f.Call(Pm, KernelCall.Exec, new ExecRequest { Target = Sh.Endpoint, Operation = ExecOperation.NewImage, Layout = KernelFixture.Data }));
        Assert.Equal([0x400000UL, 0x403000UL], f.Machine.Images[Sh.Slot].Select(s => s.VirtualAddress));
        Assert.Equal("ls", ProcessNameText.ToText(Sh.Name));
        Assert.Equal(Microkernel.NoModule, Sh.Module);
        Assert.Equal(Status.Ok, f.Call(Pm, KernelCall.VirCopy, new VirCopyRequest
        {
            Source = Endpoint.Self, SourceAddress = TestMachine.Base + 0x3000, Destination = Sh.Endpoint, DestinationAddress = TestMachine.Base + 0x100, Length = 1,
        }));
        Assert.Equal(0xC3, f.Machine.MemoryOf(Sh)[0x100]);
        Assert.False(Sh.IsRunnable);

        Assert.Equal(Status.Ok, f.Call(Pm, KernelCall.Exec, new ExecRequest { Target = Sh.Endpoint, Operation = ExecOperation.Start, Entry = 0x401000, StackPointer = 0x7FFF_FFFE_FF00 }));
        Assert.True(Sh.IsRunnable);
        Assert.False(Sh.AwaitingReply);
        Assert.Equal((0x401000UL, 0x7FFF_FFFE_FF00UL), f.Machine.Starts[Sh.Slot]);
        Assert.Equal(Status.Busy, f.Call(Pm, KernelCall.Exec, new ExecRequest { Target = Sh.Endpoint, Operation = ExecOperation.Start }));
    }

    [Fact]
    public void Exec_refuses_too_many_segments_and_a_start_without_a_new_image()
    {
        CallPm(Sh);
        f.Machine.WriteStruct(Pm, KernelFixture.Data, new ExecLayout { SegmentCount = ExecLayout.MaxSegments + 1, StackSize = 4096 });
        Assert.Equal(Status.InvalidArgument, f.Call(Pm, KernelCall.Exec, new ExecRequest { Target = Sh.Endpoint, Operation = ExecOperation.NewImage, Layout = KernelFixture.Data }));
        Assert.Equal(Status.BadAddress, f.Call(Pm, KernelCall.Exec, new ExecRequest { Target = Sh.Endpoint, Operation = ExecOperation.NewImage, Layout = 8 }));
        Assert.Equal(Status.InvalidArgument, f.Call(Pm, KernelCall.Exec, new ExecRequest { Target = Sh.Endpoint, Operation = ExecOperation.Start }));
        Assert.False(Sh.IsRunnable);
    }

    [Fact]
    public void Exec_refuses_to_start_a_process_at_a_kernel_or_non_canonical_address()
    {
        CallPm(Sh);
        var layout = new ExecLayout { SegmentCount = 1, StackSize = 0x10000, Name = ProcessNameText.From("ls") };
        layout.Segments[0] = new ExecSegment { VirtualAddress = 0x400000, MemorySize = 0x1000, Access = SegmentAccess.Read | SegmentAccess.Execute };
        f.Machine.WriteStruct(Pm, KernelFixture.Data, layout);
        Assert.Equal(Status.Ok, f.Call(Pm, KernelCall.Exec, new ExecRequest { Target = Sh.Endpoint, Operation = ExecOperation.NewImage, Layout = KernelFixture.Data }));

        Assert.Equal(Status.InvalidArgument, f.Call(Pm, KernelCall.Exec, new ExecRequest { Target = Sh.Endpoint, Operation = ExecOperation.Start, Entry = MemoryLayout.UserTop, StackPointer = 0x7FFF_FFFE_FF00 }));
        Assert.Equal(Status.InvalidArgument, f.Call(Pm, KernelCall.Exec, new ExecRequest { Target = Sh.Endpoint, Operation = ExecOperation.Start, Entry = 0x400000, StackPointer = 0xFFFF_8000_0000_0000 }));
        Assert.False(Sh.IsRunnable);
        Assert.Equal(Status.Ok, f.Call(Pm, KernelCall.Exec, new ExecRequest { Target = Sh.Endpoint, Operation = ExecOperation.Start, Entry = 0x400000, StackPointer = 0x7FFF_FFFE_FF00 }));
        Assert.True(Sh.IsRunnable);
    }

    [Fact]
    public void Vircopy_reaches_only_processes_the_caller_manages()
    {
        Assert.Equal(Status.Ok, f.Call(Pm, KernelCall.VirCopy, new VirCopyRequest { Source = Sh.Endpoint, SourceAddress = TestMachine.Base, Destination = Cat.Endpoint, DestinationAddress = TestMachine.Base, Length = 16 }));
        Assert.Equal(Status.PermissionDenied, f.Call(Pm, KernelCall.VirCopy, new VirCopyRequest { Source = Rs.Endpoint, SourceAddress = TestMachine.Base, Destination = Endpoint.Self, DestinationAddress = KernelFixture.Data, Length = 16 }));
        Assert.Equal(Status.BadAddress, f.Call(Pm, KernelCall.VirCopy, new VirCopyRequest { Source = Sh.Endpoint, SourceAddress = 8, Destination = Endpoint.Self, DestinationAddress = KernelFixture.Data, Length = 16 }));
    }

    [Fact]
    public void Brk_moves_a_managed_process_data_end_and_answers_where_it_is()
    {
        Assert.Equal(Status.Ok, f.Call(Pm, KernelCall.Brk, new BrkRequest { Target = Sh.Endpoint, End = 0x500000 }));
        Assert.Equal(0x500000UL, f.Reply<BrkReply>(Pm).End);
        Assert.Equal(Status.Ok, f.Call(Pm, KernelCall.Brk, new BrkRequest { Target = Sh.Endpoint }));
        Assert.Equal(0x500000UL, f.Reply<BrkReply>(Pm).End);
        Assert.Equal(Status.PermissionDenied, f.Call(Pm, KernelCall.Brk, new BrkRequest { Target = Vfs.Endpoint, End = 0x500000 }));
    }

    [Fact]
    public void A_user_process_fault_stops_it_and_becomes_a_signal_the_manager_takes_then_lets_it_run_again()
    {
        f.Kernel.Kill(Cat, ExitReason.Fault, 14, address: 0x10, instruction: 0x401234);
        Assert.True(Cat.IsAlive);
        Assert.Equal(ProcessFlags.Signaled, Cat.Flags);

        Assert.Equal(Status.Ok, f.Ipc(Pm, IpcCall.Receive, Endpoint.Any));
        Message note = f.Received(Pm);
        Assert.Equal(f.Kernel.SystemTask.Endpoint, note.Source);
        Assert.Equal(KernelSignalBits.Signals, note.Payload<NotifyPayload>().Signals & KernelSignalBits.Signals);

        Assert.Equal(Status.Ok, f.Call(Pm, KernelCall.GetKSig, new EndKSigRequest()));
        GetKSigReply signals = f.Reply<GetKSigReply>(Pm);
        Assert.Equal(Cat.Endpoint, signals.Process);
        Assert.Equal(1UL << (int)Signal.SegmentationFault, signals.Signals);
        Assert.Equal((14, 0x401234UL, 0x10UL), (signals.Vector, signals.InstructionPointer, signals.FaultAddress));
        Assert.Equal(Status.NotFound, f.Call(Pm, KernelCall.GetKSig, new EndKSigRequest()));

        Assert.Equal(Status.Ok, f.Call(Pm, KernelCall.EndKSig, new EndKSigRequest { Process = Cat.Endpoint }));
        Assert.True(Cat.IsRunnable);
    }

    [Fact]
    public void Divide_errors_raise_sigfpe_and_runtime_faults_sigabrt()
    {
        f.Kernel.Kill(Cat, ExitReason.Fault, 0, instruction: 0x401000);
        f.Kernel.Kill(Sh, ExitReason.Panic, 5);
        f.Call(Pm, KernelCall.GetKSig, new EndKSigRequest());
        GetKSigReply first = f.Reply<GetKSigReply>(Pm);
        f.Call(Pm, KernelCall.GetKSig, new EndKSigRequest());
        GetKSigReply second = f.Reply<GetKSigReply>(Pm);
        var bySlot = new[] { first, second }.ToDictionary(s => s.Process.Slot, s => s.Signals);
        Assert.Equal(1UL << (int)Signal.FloatingPointException, bySlot[Cat.Slot]);
        Assert.Equal(1UL << (int)Signal.Abort, bySlot[Sh.Slot]);
    }

    [Fact]
    public void A_server_raises_signals_for_user_processes_only_and_only_the_manager_or_rs_ends_them()
    {
        Assert.Equal(Status.Ok, f.Call(Vfs, KernelCall.Kill, new KillRequest { Target = Sh.Endpoint, Signal = Signal.BrokenPipe }));
        Assert.Equal(ProcessFlags.Signaled, Sh.Flags & ProcessFlags.Signaled);
        Assert.Equal(Status.InvalidArgument, f.Call(Vfs, KernelCall.Kill, new KillRequest { Target = Rs.Endpoint, Signal = Signal.Terminate }));
        Assert.Equal(Status.PermissionDenied, f.Call(Vfs, KernelCall.Kill, new KillRequest { Target = Cat.Endpoint }));
        Assert.True(Cat.IsAlive);

        Assert.Equal(Status.Ok, f.Call(Pm, KernelCall.Kill, new KillRequest { Target = Cat.Endpoint, Reason = ExitReason.Killed }));
        Assert.False(Cat.IsAlive);
    }

    [Fact]
    public void A_user_process_death_is_reported_to_its_manager_and_to_the_reincarnation_server_each_once()
    {
        Endpoint cat = Cat.Endpoint;
        f.Call(Cat, KernelCall.Exit, new ExitRequest { Status = 3 });
        foreach (Process taker in new[] { Pm, Rs })
        {
            Assert.Equal(Status.Ok, f.Call(taker, KernelCall.GetInfo, new GetInfoRequest { Request = InfoRequest.ExitReport, Target = Endpoint.Self, Buffer = KernelFixture.Data, Length = 64 }));
            ExitReport report = f.Machine.ReadStruct<ExitReport>(taker, KernelFixture.Data);
            Assert.Equal((cat, ExitReason.Exited, 3), (report.Endpoint, report.Reason, report.Detail));
            Assert.Equal(Status.NotFound, f.Call(taker, KernelCall.GetInfo, new GetInfoRequest { Request = InfoRequest.ExitReport, Target = Endpoint.Self, Buffer = KernelFixture.Data, Length = 64 }));
        }

        Assert.Equal(Status.PermissionDenied, f.Call(Vfs, KernelCall.GetInfo, new GetInfoRequest { Request = InfoRequest.ExitReport, Target = Endpoint.Self, Buffer = KernelFixture.Data, Length = 64 }));
    }

    [Fact]
    public void Sigsend_interrupts_the_call_a_process_is_blocked_in_and_sigreturn_restores_it_with_the_saved_mask()
    {
        Assert.Equal(Status.Ok, f.Ipc(Sh, IpcCall.SendRec, Vfs.Endpoint, new Message(5)));
        Assert.Equal(ProcessFlags.Sending, Sh.Flags);
        Assert.Equal(Status.Ok, f.Call(Pm, KernelCall.SigSend, new SigSendRequest { Target = Sh.Endpoint, Signal = Signal.Interrupt, Entry = 0x401500, Handler = 0x402000, Mask = 6 }));
        Assert.Equal(Status.Interrupted, Sh.Result);
        Assert.True(Sh.IsRunnable);
        Assert.Null(Vfs.FirstCaller);
        var frame = f.Machine.Frames.Single();
        Assert.Equal((Signal.Interrupt, 0x401500UL, 0x402000UL), (frame.Header.Signal, frame.Entry, frame.Handler));

        CallPm(Sh);
        Assert.Equal(Status.Ok, f.Call(Pm, KernelCall.SigReturn, new SigReturnRequest { Target = Sh.Endpoint, Frame = TestMachine.FrameAddress }));
        Assert.Equal(6UL, f.Reply<SigReturnReply>(Pm).Mask);
        Assert.True(Sh.IsRunnable);
        Assert.False(Sh.AwaitingReply);
    }

    [Fact]
    public void Sigsend_refuses_a_signal_entry_outside_user_space_and_leaves_the_process_as_it_was()
    {
        Assert.Equal(Status.Ok, f.Ipc(Sh, IpcCall.SendRec, Vfs.Endpoint, new Message(5)));
        foreach (ulong entry in new[] { MemoryLayout.UserTop, 0xFFFF_8000_0000_1000UL, ulong.MaxValue })
            Assert.Equal(Status.InvalidArgument, f.Call(Pm, KernelCall.SigSend, new SigSendRequest { Target = Sh.Endpoint, Signal = Signal.Interrupt, Entry = entry, Handler = 0x402000 }));
        Assert.Empty(f.Machine.Frames);
        Assert.Equal(ProcessFlags.Sending, Sh.Flags);
        Assert.Same(Sh, Vfs.FirstCaller);
    }
}
