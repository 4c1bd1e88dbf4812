using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Core;
using Minix.Kernel.Grants;
using Minix.Kernel.Privileges;

namespace Minix.Kernel.Tests.Core;

public class KernelCallTests
{
    private readonly KernelFixture f = new();

    private Process Rs => f.P(2);

    private Process A => f.P(4);

    private Process B => f.P(5);

    private Process Printer => f.P(6);

    private Process User => f.P(7);

    [Fact]
    public void Devio_in_range_reads_and_writes_the_port()
    {
        f.Machine.Ports[0x379] = 0x5A;
        Assert.Equal(Status.Ok, f.Call(Printer, KernelCall.DevIo, new DevIoRequest { Access = PortAccess.Input | PortAccess.Byte, Port = 0x379 }));
        Assert.Equal(0x5Au, f.Reply<DevIoReply>(Printer).Value);
        Assert.Equal(Status.Ok, f.Call(Printer, KernelCall.DevIo, new DevIoRequest { Access = PortAccess.Output | PortAccess.Byte, Port = 0x378, Value = 0x1FF }));
        Assert.Equal((0x378, 0xFFu, 1), f.Machine.PortWrites.Single());
        Assert.Equal(f.Kernel.SystemTask.Endpoint, f.Received(Printer).Source);
    }

    [Fact]
    public void Devio_refusals_each_have_their_own_code()
    {
        Assert.Equal(Status.PortNotAllowed, f.Call(Printer, KernelCall.DevIo, new DevIoRequest { Access = PortAccess.Output | PortAccess.Byte, Port = 0x3F8 }));
        Assert.Equal((int)Status.PortNotAllowed, f.Received(Printer).Type);
        Assert.Equal(Status.PortMisaligned, f.Call(Printer, KernelCall.DevIo, new DevIoRequest { Access = PortAccess.Output | PortAccess.Word, Port = 0x379 }));
        Assert.Equal(Status.InvalidArgument, f.Call(Printer, KernelCall.DevIo, new DevIoRequest { Access = PortAccess.Output, Port = 0x378 }));
        Assert.Equal(Status.CallDenied, f.Call(A, KernelCall.DevIo, new DevIoRequest { Access = PortAccess.Output | PortAccess.Byte, Port = 0x378 }));
        Assert.Empty(f.Machine.PortWrites);
    }

    [Fact]
    public void Vdevio_checks_every_port_before_touching_any()
    {
        const ulong vector = KernelFixture.Data;
        f.Machine.WriteStruct(Printer, vector, new PortValuePair { Port = 0x378, Value = 1 });
        f.Machine.WriteStruct(Printer, vector + 8, new PortValuePair { Port = 0x3F8, Value = 2 });
        Assert.Equal(Status.PortNotAllowed, f.Call(Printer, KernelCall.VDevIo, new VDevIoRequest { Access = PortAccess.Output | PortAccess.Byte, Count = 2, VectorAddress = vector }));
        Assert.Empty(f.Machine.PortWrites);

        f.Machine.WriteStruct(Printer, vector + 8, new PortValuePair { Port = 0x37A, Value = 2 });
        Assert.Equal(Status.Ok, f.Call(Printer, KernelCall.VDevIo, new VDevIoRequest { Access = PortAccess.Output | PortAccess.Byte, Count = 2, VectorAddress = vector }));
        Assert.Equal([(0x378, 1u, 1), (0x37A, 2u, 1)], f.Machine.PortWrites);
    }

    [Fact]
    public void Vdevio_reads_land_in_the_vector_each_at_its_own_port()
    {
        const ulong vector = KernelFixture.Data;
        f.Machine.Ports[0x378] = 11;
        f.Machine.Ports[0x37A] = 22;
        f.Machine.WriteStruct(Printer, vector, new PortValuePair { Port = 0x378 });
        f.Machine.WriteStruct(Printer, vector + 8, new PortValuePair { Port = 0x37A });
        Assert.Equal(Status.Ok, f.Call(Printer, KernelCall.VDevIo, new VDevIoRequest { Access = PortAccess.Input | PortAccess.Byte, Count = 2, VectorAddress = vector }));
        Assert.Equal(11u, f.Machine.ReadStruct<PortValuePair>(Printer, vector).Value);
        Assert.Equal(22u, f.Machine.ReadStruct<PortValuePair>(Printer, vector + 8).Value);
    }

    [Fact]
    public void A_guarded_vdevio_reads_a_data_port_only_after_a_status_that_says_data_is_there()
    {
        const ulong vector = KernelFixture.Data;
        f.Machine.Ports[0x379] = 0x01; // a status with its ready bit
        f.Machine.Ports[0x378] = 0x5A;
        f.Machine.WriteStruct(Printer, vector, new PortValuePair { Port = 0x379, Value = 0x01 });
        f.Machine.WriteStruct(Printer, vector + 8, new PortValuePair { Port = 0x378 });
        f.Machine.WriteStruct(Printer, vector + 16, new PortValuePair { Port = 0x379, Value = 0x03 }); // lacks bit 1: skips the next
        f.Machine.WriteStruct(Printer, vector + 24, new PortValuePair { Port = 0x378, Value = 77 });
        f.Machine.WriteStruct(Printer, vector + 32, new PortValuePair { Port = 0x37A });
        Assert.Equal(Status.Ok, f.Call(Printer, KernelCall.VDevIo, new VDevIoRequest { Access = PortAccess.Input | PortAccess.Byte | PortAccess.Guarded, Count = 5, VectorAddress = vector }));
        Assert.Equal([1u, 0x5Au, 1u, 77u, 0u], Enumerable.Range(0, 5).Select(i => f.Machine.ReadStruct<PortValuePair>(Printer, vector + (ulong)(8 * i)).Value));
    }

    [Fact]
    public void Only_an_input_vector_may_be_guarded_and_only_a_vector()
    {
        f.Machine.WriteStruct(Printer, KernelFixture.Data, new PortValuePair { Port = 0x378, Value = 1 });
        Assert.Equal(Status.InvalidArgument, f.Call(Printer, KernelCall.VDevIo, new VDevIoRequest { Access = PortAccess.Output | PortAccess.Byte | PortAccess.Guarded, Count = 1, VectorAddress = KernelFixture.Data }));
        Assert.Equal(Status.InvalidArgument, f.Call(Printer, KernelCall.DevIo, new DevIoRequest { Access = PortAccess.Input | PortAccess.Byte | PortAccess.Guarded, Port = 0x379 }));
        Assert.Empty(f.Machine.PortWrites);
    }

    [Fact]
    public void Vdevio_vector_length_is_bounded_before_anything_is_read()
    {
        Assert.Equal(Status.TooBig, f.Call(Printer, KernelCall.VDevIo, new VDevIoRequest { Access = PortAccess.Output | PortAccess.Byte, Count = 17, VectorAddress = 0 }));
        Assert.Equal(Status.InvalidArgument, f.Call(Printer, KernelCall.VDevIo, new VDevIoRequest { Access = PortAccess.Output | PortAccess.Byte, Count = 0, VectorAddress = KernelFixture.Data }));
        Assert.Equal(Status.BadAddress, f.Call(Printer, KernelCall.VDevIo, new VDevIoRequest { Access = PortAccess.Output | PortAccess.Byte, Count = 2, VectorAddress = 8 }));
    }

    [Fact]
    public void A_string_vdevio_reads_one_port_into_packed_values_and_writes_nothing_past_them()
    {
        const ulong buffer = KernelFixture.Data;
        f.Machine.PortStreams[0x378] = new Queue<uint>([0x1111, 0x2222, 0x3333]);
        f.Machine.Write(Printer, buffer, Enumerable.Repeat((byte)0xEE, 8).ToArray());
        Assert.Equal(Status.Ok, f.Call(Printer, KernelCall.VDevIo, new VDevIoRequest { Access = PortAccess.Input | PortAccess.Word | PortAccess.String, Count = 3, VectorAddress = buffer, Port = 0x378 }));
        var packed = new byte[8];
        f.Machine.Read(Printer, buffer, packed);
        Assert.Equal(new byte[] { 0x11, 0x11, 0x22, 0x22, 0x33, 0x33, 0xEE, 0xEE }, packed);
    }

    [Fact]
    public void A_string_vdevio_writes_packed_values_to_one_port_in_order_at_their_width()
    {
        const ulong buffer = KernelFixture.Data;
        f.Machine.Write(Printer, buffer, new byte[] { 1, 2, 3, 4, 5, 6, 7 });
        Assert.Equal(Status.Ok, f.Call(Printer, KernelCall.VDevIo, new VDevIoRequest { Access = PortAccess.Output | PortAccess.Word | PortAccess.String, Count = 3, VectorAddress = buffer, Port = 0x378 }));
        Assert.Equal([(0x378, 0x0201u, 2), (0x378, 0x0403u, 2), (0x378, 0x0605u, 2)], f.Machine.PortWrites);
        f.Machine.PortWrites.Clear();
        Assert.Equal(Status.Ok, f.Call(Printer, KernelCall.VDevIo, new VDevIoRequest { Access = PortAccess.Output | PortAccess.Byte | PortAccess.String, Count = 2, VectorAddress = buffer, Port = 0x37A }));
        Assert.Equal([(0x37A, 1u, 1), (0x37A, 2u, 1)], f.Machine.PortWrites);
    }

    [Fact]
    public void A_refused_string_vdevio_touches_no_port()
    {
        const ulong buffer = KernelFixture.Data;
        f.Machine.PortStreams[0x378] = new Queue<uint>([7]);
        VDevIoRequest Words(PortAccess access, int count, int port, ulong address = buffer) =>
            new() { Access = access | PortAccess.Word | PortAccess.String, Count = count, VectorAddress = address, Port = port };
        Assert.Equal(Status.PortNotAllowed, f.Call(Printer, KernelCall.VDevIo, Words(PortAccess.Output, 2, 0x3F8)));
        Assert.Equal(Status.PortMisaligned, f.Call(Printer, KernelCall.VDevIo, Words(PortAccess.Output, 2, 0x379)));
        Assert.Equal(Status.TooBig, f.Call(Printer, KernelCall.VDevIo, Words(PortAccess.Input, VDevIoRequest.MaxStringBytes / 2 + 1, 0x378)));
        Assert.Equal(Status.InvalidArgument, f.Call(Printer, KernelCall.VDevIo, Words(PortAccess.Input, 0, 0x378)));
        Assert.Equal(Status.InvalidArgument, f.Call(Printer, KernelCall.VDevIo, Words(PortAccess.Input | PortAccess.Guarded, 1, 0x378)));
        Assert.Equal(Status.BadAddress, f.Call(Printer, KernelCall.VDevIo, Words(PortAccess.Input, 1, 0x378, address: 8)));
        Assert.Equal(Status.BadAddress, f.Call(Printer, KernelCall.VDevIo, Words(PortAccess.Output, 1, 0x378, address: 8)));
        Assert.Empty(f.Machine.PortWrites);
        Assert.Single(f.Machine.PortStreams[0x378]);
    }

    [Fact]
    public void Unknown_and_forbidden_calls_are_refused()
    {
        f.Machine.WriteMessage(A, KernelFixture.Buffer, new Message(MessageType.KernelCallBase + 63));
        f.Kernel.KernelCallTrap(A, KernelFixture.Buffer);
        Assert.Equal(Status.BadRequest, A.Result);
        f.Machine.WriteMessage(A, KernelFixture.Buffer, new Message(7));
        f.Kernel.KernelCallTrap(A, KernelFixture.Buffer);
        Assert.Equal(Status.BadRequest, A.Result);
        f.Kernel.KernelCallTrap(A, 4);
        Assert.Equal(Status.BadAddress, A.Result);
        Assert.Equal(Status.CallDenied, f.Call(User, KernelCall.SetAlarm, new SetAlarmRequest { Ticks = 1 }));
        Assert.Equal(Status.PermissionDenied, f.Call(User, KernelCall.GetInfo, new GetInfoRequest { Request = InfoRequest.ExitReport, Buffer = KernelFixture.Data, Length = 48 }));
    }

    [Fact]
    public void Safecopy_through_a_grant_moves_the_bytes_both_ways()
    {
        f.Machine.MemoryOf(A)[0x2000] = 0xAB;
        f.RegisterGrants(A, GrantEntry.Direct(B.Endpoint, TestMachine.Base + 0x2000, 16, GrantFlags.Read | GrantFlags.Write, 0));
        Assert.Equal(Status.Ok, f.Call(B, KernelCall.SafeCopyFrom, new SafeCopyRequest { Granter = A.Endpoint, GrantId = 0, Offset = 0, Address = KernelFixture.Data, Bytes = 16 }));
        Assert.Equal(0xAB, f.Machine.MemoryOf(B)[0x1000]);

        f.Machine.MemoryOf(B)[0x1000] = 0xCD;
        Assert.Equal(Status.Ok, f.Call(B, KernelCall.SafeCopyTo, new SafeCopyRequest { Granter = A.Endpoint, GrantId = 0, Offset = 4, Address = KernelFixture.Data, Bytes = 1 }));
        Assert.Equal(0xCD, f.Machine.MemoryOf(A)[0x2004]);
    }

    [Fact]
    public void Each_grant_refusal_has_its_own_code()
    {
        f.RegisterGrants(A,
            GrantEntry.Direct(B.Endpoint, TestMachine.Base + 0x2000, 16, GrantFlags.Read, 0),
            GrantEntry.Direct(f.P(2).Endpoint, TestMachine.Base + 0x2000, 16, GrantFlags.Read, 0));
        SafeCopyRequest Req(int id, ulong offset = 0, ulong bytes = 1) => new() { Granter = A.Endpoint, GrantId = id, Offset = offset, Address = KernelFixture.Data, Bytes = bytes };

        Assert.Equal(Status.GrantNotForCaller, f.Call(B, KernelCall.SafeCopyFrom, Req(1)));
        Assert.Equal(Status.GrantOutOfRange, f.Call(B, KernelCall.SafeCopyFrom, Req(0, 10, 7)));
        Assert.Equal(Status.GrantWrongDirection, f.Call(B, KernelCall.SafeCopyTo, Req(0)));
        Assert.Equal(Status.GrantBadId, f.Call(B, KernelCall.SafeCopyFrom, Req(5)));
        Assert.Equal(Status.GrantNoTable, f.Call(A, KernelCall.SafeCopyFrom, new SafeCopyRequest { Granter = B.Endpoint, GrantId = 0, Address = KernelFixture.Data, Bytes = 1 }));
        Assert.Equal(Status.DeadEndpoint, f.Call(B, KernelCall.SafeCopyFrom, new SafeCopyRequest { Granter = new Endpoint(40), GrantId = 0, Address = KernelFixture.Data, Bytes = 1 }));
        Assert.Equal(Status.BadAddress, f.Call(B, KernelCall.SafeCopyFrom, new SafeCopyRequest { Granter = A.Endpoint, GrantId = 0, Address = 16, Bytes = 1 }));
    }

    [Fact]
    public void A_revoked_grant_stops_working_at_once()
    {
        f.RegisterGrants(A, GrantEntry.Direct(B.Endpoint, TestMachine.Base + 0x2000, 16, GrantFlags.Read, 0));
        var request = new SafeCopyRequest { Granter = A.Endpoint, GrantId = 0, Address = KernelFixture.Data, Bytes = 1 };
        Assert.Equal(Status.Ok, f.Call(B, KernelCall.SafeCopyFrom, request));
        // The granter revokes in its own memory: no kernel call is needed, the kernel reads the entry on every copy.
        f.Machine.WriteStruct(A, TestMachine.Base + 0x8000, new GrantEntry { Sequence = 1 });
        Assert.Equal(Status.GrantRevoked, f.Call(B, KernelCall.SafeCopyFrom, request));
    }

    [Fact]
    public void A_grant_pointing_outside_the_granters_memory_is_a_bad_address()
    {
        f.RegisterGrants(A, GrantEntry.Direct(B.Endpoint, 0x100, 16, GrantFlags.Read, 0));
        Assert.Equal(Status.BadAddress, f.Call(B, KernelCall.SafeCopyFrom, new SafeCopyRequest { Granter = A.Endpoint, GrantId = 0, Address = KernelFixture.Data, Bytes = 1 }));
    }

    [Fact]
    public void Vsafecopy_copies_every_piece_and_stops_at_the_first_failure()
    {
        for (int i = 0; i < 4; i++)
            f.Machine.MemoryOf(A)[0x2000 + i] = (byte)(i + 1);
        f.RegisterGrants(A, GrantEntry.Direct(B.Endpoint, TestMachine.Base + 0x2000, 4, GrantFlags.Read, 0));
        const ulong vector = KernelFixture.Data + 0x100;
        for (int i = 0; i < 3; i++)
        {
            f.Machine.WriteStruct(B, vector + (ulong)(i * 40), new SafeCopyPiece
            {
                Granter = A.Endpoint, GrantId = 0, Offset = (ulong)i, Address = KernelFixture.Data + (ulong)i, Bytes = 1,
                Direction = i == 2 ? CopyDirection.ToGranter : CopyDirection.FromGranter,
            });
        }

        Assert.Equal(Status.GrantWrongDirection, f.Call(B, KernelCall.VSafeCopy, new VSafeCopyRequest { VectorAddress = vector, Count = 3 }));
        Assert.Equal(2, f.Reply<VSafeCopyReply>(B).Done);
        Assert.Equal([1, 2], f.Machine.MemoryOf(B)[0x1000..0x1002]);
        Assert.Equal(Status.Ok, f.Call(B, KernelCall.VSafeCopy, new VSafeCopyRequest { VectorAddress = vector, Count = 2 }));
        Assert.Equal(Status.TooBig, f.Call(B, KernelCall.VSafeCopy, new VSafeCopyRequest { VectorAddress = vector, Count = 65 }));
    }

    [Fact]
    public void Irqctl_binds_only_owned_lines_and_interrupts_arrive_as_notifications()
    {
        Assert.Equal(Status.IrqNotOwned, f.Call(Printer, KernelCall.IrqCtl, new IrqCtlRequest { Request = IrqRequest.SetPolicy, Irq = 4, HookId = 0 }));
        Assert.Equal(Status.Ok, f.Call(Printer, KernelCall.IrqCtl, new IrqCtlRequest { Request = IrqRequest.SetPolicy, Irq = 7, HookId = 3 }));
        int hook = f.Reply<IrqCtlReply>(Printer).HookId;
        Assert.DoesNotContain(7, f.Machine.Masked);

        f.Ipc(Printer, IpcCall.Receive, Endpoint.Any);
        f.Kernel.Interrupt(7);
        Message note = f.Received(Printer);
        Assert.Equal(Endpoint.Hardware, note.Source);
        Assert.Equal(1UL << 3, note.Payload<NotifyPayload>().Interrupts);
        Assert.True(Printer.ResultIpc.IsFromKernel);
        Assert.Contains(7, f.Machine.Masked);

        Assert.Equal(Status.IrqNotOwned, f.Call(Rs, KernelCall.IrqCtl, new IrqCtlRequest { Request = IrqRequest.Enable, HookId = hook }));
        Assert.Equal(Status.Ok, f.Call(Printer, KernelCall.IrqCtl, new IrqCtlRequest { Request = IrqRequest.Enable, HookId = hook }));
        Assert.DoesNotContain(7, f.Machine.Masked);
        Assert.Equal(Status.InvalidArgument, f.Call(Printer, KernelCall.IrqCtl, new IrqCtlRequest { Request = IrqRequest.Enable, HookId = 99 }));
    }

    [Fact]
    public void Rebinding_a_hook_to_another_line_masks_the_line_it_leaves()
    {
        f.Kernel.PrivilegeAt(Printer.Privileges!.Id).Rights.IrqMask |= 1 << 5;
        Assert.Equal(Status.Ok, f.Call(Printer, KernelCall.IrqCtl, new IrqCtlRequest { Request = IrqRequest.SetPolicy, Irq = 7, HookId = 2 }));
        int hook = f.Reply<IrqCtlReply>(Printer).HookId;
        Assert.DoesNotContain(7, f.Machine.Masked);

        // The same notify id on another line: line 7 has no hook left, so it is masked; line 5 is the hook's now.
        Assert.Equal(Status.Ok, f.Call(Printer, KernelCall.IrqCtl, new IrqCtlRequest { Request = IrqRequest.SetPolicy, Irq = 5, HookId = 2 }));
        Assert.Equal(hook, f.Reply<IrqCtlReply>(Printer).HookId);
        Assert.Contains(7, f.Machine.Masked);
        Assert.DoesNotContain(5, f.Machine.Masked);
        f.Ipc(Printer, IpcCall.Receive, Endpoint.Any);
        f.Kernel.Interrupt(5);
        Assert.Equal(1UL << 2, f.Received(Printer).Payload<NotifyPayload>().Interrupts);
    }

    [Fact]
    public void Interrupts_pending_while_busy_accumulate_into_one_notification()
    {
        f.Call(Printer, KernelCall.IrqCtl, new IrqCtlRequest { Request = IrqRequest.SetPolicy, Irq = 7, Policy = IrqPolicy.Reenable, HookId = 1 });
        f.Kernel.Interrupt(7);
        f.Kernel.Interrupt(7);
        Assert.DoesNotContain(7, f.Machine.Masked);
        f.Ipc(Printer, IpcCall.Receive, Endpoint.Any);
        Assert.Equal(1UL << 1, f.Received(Printer).Payload<NotifyPayload>().Interrupts);
        f.Ipc(Printer, IpcCall.Receive, Endpoint.Any);
        Assert.Equal(ProcessFlags.Receiving, Printer.Flags);
    }

    [Fact]
    public void An_interrupt_nobody_handles_stays_masked()
    {
        f.Kernel.Interrupt(5);
        Assert.Contains(5, f.Machine.Masked);
        Assert.Contains(f.Machine.Log, l => l.Contains("spurious IRQ 5"));
    }

    [Fact]
    public void An_alarm_fires_as_a_clock_notification_within_its_period()
    {
        Assert.Equal(Status.Ok, f.Call(A, KernelCall.SetAlarm, new SetAlarmRequest { Ticks = 3 }));
        Assert.Equal(SetAlarmReply.Never, f.Reply<SetAlarmReply>(A).TimeLeft);
        f.Ipc(A, IpcCall.Receive, Endpoint.Any);
        f.Kernel.Tick();
        f.Kernel.Tick();
        Assert.Equal(ProcessFlags.Receiving, A.Flags);
        f.Kernel.Tick();
        Assert.True(A.IsRunnable);
        Message note = f.Received(A);
        Assert.Equal(Endpoint.Clock, note.Source);
        Assert.Equal(3UL, note.Payload<NotifyPayload>().Timestamp);
    }

    [Fact]
    public void Setalarm_zero_cancels_and_reports_the_time_left()
    {
        f.Call(A, KernelCall.SetAlarm, new SetAlarmRequest { Ticks = 10 });
        f.Kernel.Tick();
        Assert.Equal(Status.Ok, f.Call(A, KernelCall.SetAlarm, new SetAlarmRequest { Ticks = 0 }));
        Assert.Equal(9UL, f.Reply<SetAlarmReply>(A).TimeLeft);
        Assert.Equal(0UL, f.Kernel.NextAlarm());
    }

    [Fact]
    public void Privctl_from_an_ordinary_driver_is_refused_with_its_own_code()
    {
        var printer = Printer;
        // Even with PRIVCTL in its call mask, a driver is not a privilege manager.
        f.Kernel.PrivilegeAt(printer.Privileges!.Id).Rights.CallMask |= KernelCallMask.Of(KernelCall.PrivCtl);
        Assert.Equal(Status.NotPrivilegeManager, f.Call(printer, KernelCall.PrivCtl, new PrivCtlRequest { Request = PrivRequest.Allow, Target = A.Endpoint }));
        Assert.Equal(Status.CallDenied, f.Call(A, KernelCall.PrivCtl, new PrivCtlRequest { Request = PrivRequest.Allow, Target = A.Endpoint }));
    }

    [Fact]
    public void The_privilege_manager_spawns_sets_privileges_and_allows_a_new_process()
    {
        Assert.Equal(Status.Ok, f.Call(Rs, KernelCall.Spawn, new SpawnRequest { Module = 3, Priority = 4, Quantum = 5, Slot = -1 }));
        Endpoint child = f.Reply<SpawnReply>(Rs).Child;
        Assert.Equal(Status.Ok, f.Kernel.Find(child, out Process c));
        Assert.Equal(ProcessFlags.NoPrivileges, c.Flags);
        Assert.Equal(1, child.Generation);

        var rights = new Privilege { TrapMask = IpcCallMask.All, CallMask = KernelCallMask.Basic, SendMask = 1UL << 6 };
        f.Machine.WriteStruct(Rs, KernelFixture.Data, rights);
        Assert.Equal(Status.Ok, f.Call(Rs, KernelCall.PrivCtl, new PrivCtlRequest { Request = PrivRequest.SetSystem, Target = child, Argument = KernelFixture.Data }));
        Assert.Equal(Status.Ok, f.Call(Rs, KernelCall.PrivCtl, new PrivCtlRequest { Request = PrivRequest.Allow, Target = child }));
        Assert.True(c.IsRunnable);
        Assert.True(c.Privileges!.Id >= PrivilegeId.FirstDynamic);
        Assert.Equal(Status.Busy, f.Call(Rs, KernelCall.PrivCtl, new PrivCtlRequest { Request = PrivRequest.SetSystem, Target = child, Argument = KernelFixture.Data }));
    }

    [Fact]
    public void A_spawned_process_without_privileges_yet_is_refused_as_an_ipc_partner_instead_of_crashing_the_kernel()
    {
        Assert.Equal(Status.Ok, f.Call(Rs, KernelCall.Spawn, new SpawnRequest { Module = 3, Priority = 4, Quantum = 5, Slot = -1 }));
        Endpoint child = f.Reply<SpawnReply>(Rs).Child;

        // Any system process could name the new endpoint (slot and generation are guessable).
        Assert.Equal(Status.NotReady, f.Ipc(A, IpcCall.Send, child, new Message(1)));
        Assert.Equal(Status.NotReady, f.Ipc(A, IpcCall.SendNb, child, new Message(1)));
        Assert.Equal(Status.NotReady, f.Ipc(A, IpcCall.SendRec, child, new Message(1)));
        Assert.Equal(Status.NotReady, f.Ipc(A, IpcCall.Notify, child));
        Assert.Equal(Status.NotFound, f.Call(Rs, KernelCall.GetInfo, new GetInfoRequest { Request = InfoRequest.Privileges, Target = child, Buffer = KernelFixture.Data, Length = 1024 }));

        // Receiving from it is fine: it waits until the process runs and sends.
        f.Ipc(B, IpcCall.Receive, child);
        Assert.True((B.Flags & ProcessFlags.Receiving) != 0);
    }

    [Fact]
    public void Restricting_privileges_may_narrow_but_not_widen()
    {
        Privilege narrower = A.Privileges!.Rights;
        narrower.CallMask = KernelCallMask.Of(KernelCall.Exit);
        f.Machine.WriteStruct(Rs, KernelFixture.Data, narrower);
        Assert.Equal(Status.Ok, f.Call(Rs, KernelCall.PrivCtl, new PrivCtlRequest { Request = PrivRequest.Restrict, Target = A.Endpoint, Argument = KernelFixture.Data }));
        Assert.Equal(Status.CallDenied, f.Call(A, KernelCall.Times, new TimesRequest { Target = Endpoint.Self }));

        Privilege wider = A.Privileges.Rights;
        wider.CallMask = KernelCallMask.All;
        f.Machine.WriteStruct(Rs, KernelFixture.Data, wider);
        Assert.Equal(Status.PermissionDenied, f.Call(Rs, KernelCall.PrivCtl, new PrivCtlRequest { Request = PrivRequest.Restrict, Target = A.Endpoint, Argument = KernelFixture.Data }));
    }

    [Fact]
    public void Restricting_a_driver_to_fewer_irq_lines_releases_its_hooks_on_the_lines_it_lost()
    {
        f.Kernel.PrivilegeAt(Printer.Privileges!.Id).Rights.IrqMask |= 1 << 5;
        Assert.Equal(Status.Ok, f.Call(Printer, KernelCall.IrqCtl, new IrqCtlRequest { Request = IrqRequest.SetPolicy, Irq = 7, HookId = 1 }));
        Assert.Equal(Status.Ok, f.Call(Printer, KernelCall.IrqCtl, new IrqCtlRequest { Request = IrqRequest.SetPolicy, Irq = 5, HookId = 2 }));

        Privilege narrower = Printer.Privileges.Rights;
        narrower.IrqMask = 1 << 5;
        f.Machine.WriteStruct(Rs, KernelFixture.Data, narrower);
        Assert.Equal(Status.Ok, f.Call(Rs, KernelCall.PrivCtl, new PrivCtlRequest { Request = PrivRequest.Restrict, Target = Printer.Endpoint, Argument = KernelFixture.Data }));

        f.Kernel.Interrupt(7);
        Assert.Contains(f.Machine.Log, l => l.Contains("spurious IRQ 7"));
        Assert.Contains(7, f.Machine.Masked);
        f.Kernel.Interrupt(5);
        f.Ipc(Printer, IpcCall.Receive, Endpoint.Any);
        Assert.Equal(1UL << 2, f.Received(Printer).Payload<NotifyPayload>().Interrupts);
    }

    [Fact]
    public void A_malformed_privilege_record_is_refused()
    {
        var bad = new Privilege { IoRangeCount = 200 };
        f.Call(Rs, KernelCall.Spawn, new SpawnRequest { Module = 3, Priority = 4, Quantum = 5, Slot = -1 });
        Endpoint child = f.Reply<SpawnReply>(Rs).Child;
        f.Machine.WriteStruct(Rs, KernelFixture.Data, bad);
        Assert.Equal(Status.InvalidArgument, f.Call(Rs, KernelCall.PrivCtl, new PrivCtlRequest { Request = PrivRequest.SetSystem, Target = child, Argument = KernelFixture.Data }));
    }

    [Fact]
    public void A_driver_made_a_user_process_loses_its_irq_hooks_and_its_line_goes_quiet()
    {
        Assert.Equal(Status.Ok, f.Call(Printer, KernelCall.IrqCtl, new IrqCtlRequest { Request = IrqRequest.SetPolicy, Irq = 7, HookId = 1 }));
        Assert.Equal(Status.Ok, f.Call(Rs, KernelCall.PrivCtl, new PrivCtlRequest { Request = PrivRequest.Disallow, Target = Printer.Endpoint }));
        Assert.Equal(Status.Ok, f.Call(Rs, KernelCall.PrivCtl, new PrivCtlRequest { Request = PrivRequest.SetUser, Target = Printer.Endpoint }));
        f.Kernel.Interrupt(7);
        Assert.Contains(f.Machine.Log, l => l.Contains("spurious IRQ 7"));
        Assert.Contains(7, f.Machine.Masked);
        Assert.Equal(0UL, Printer.Privileges!.InterruptsPending);
    }

    [Fact]
    public void A_dead_process_is_reported_to_the_privilege_manager_and_its_slot_reused_with_a_new_generation()
    {
        f.Kernel.Kill(A, ExitReason.Fault, 14, 0, 0x401234);
        f.Ipc(Rs, IpcCall.Receive, Endpoint.Any);
        Message note = f.Received(Rs);
        Assert.Equal(Endpoint.System, note.Source);
        Assert.Equal(1UL, note.Payload<NotifyPayload>().Signals);

        Assert.Equal(Status.Ok, f.Call(Rs, KernelCall.GetInfo, new GetInfoRequest { Request = InfoRequest.ExitReport, Buffer = KernelFixture.Data, Length = 48 }));
        var report = f.Machine.ReadStruct<ExitReport>(Rs, KernelFixture.Data);
        Assert.Equal(new Endpoint(4), report.Endpoint);
        Assert.Equal(ExitReason.Fault, report.Reason);
        Assert.Equal(14, report.Detail);
        Assert.Equal(0x401234UL, report.InstructionPointer);
        Assert.Equal("a", ProcessNameText.ToText(report.Name));
        Assert.Equal(Status.NotFound, f.Call(Rs, KernelCall.GetInfo, new GetInfoRequest { Request = InfoRequest.ExitReport, Buffer = KernelFixture.Data, Length = 48 }));

        Assert.Equal(Status.Ok, f.Call(Rs, KernelCall.Spawn, new SpawnRequest { Module = 4, Priority = 4, Quantum = 5, Slot = 4 }));
        Endpoint again = f.Reply<SpawnReply>(Rs).Child;
        Assert.Equal(4, again.Slot);
        Assert.NotEqual(report.Endpoint, again);
        Assert.Equal(Status.DeadEndpoint, f.Ipc(B, IpcCall.Send, report.Endpoint, new Message(1)));
    }

    [Fact]
    public void A_respawned_boot_module_keeps_its_boot_name_not_the_spawners()
    {
        f.Kernel.Kill(A, ExitReason.Fault, 14, 0, 0);
        Assert.Equal(Status.Ok, f.Call(Rs, KernelCall.Spawn, new SpawnRequest { Module = 4, Priority = 4, Quantum = 5, Slot = 4 }));
        Endpoint again = f.Reply<SpawnReply>(Rs).Child;
        Assert.Equal(Status.Ok, f.Kernel.Find(again, out Process child));
        Assert.Equal("a", ProcessNameText.ToText(child.Name));
    }

    [Fact]
    public void The_death_of_the_last_privilege_manager_stops_the_system_with_a_panic()
    {
        f.Kernel.Kill(A, ExitReason.Killed, 0);
        Assert.Null(f.Machine.ShutdownStatus);
        f.Kernel.Kill(Rs, ExitReason.Fault, 14, 0, 0);
        Assert.Equal(Microkernel.PanicStatus, f.Machine.ShutdownStatus);
        Assert.Contains(f.Machine.Log, l => l.Contains("kernel panic: the privilege manager (the reincarnation server) died"));
    }

    [Fact]
    public void Only_managers_read_others_privileges_and_exit_reports()
    {
        Assert.Equal(Status.PermissionDenied, f.Call(A, KernelCall.GetInfo, new GetInfoRequest { Request = InfoRequest.Privileges, Target = B.Endpoint, Buffer = KernelFixture.Data, Length = 168 }));
        Assert.Equal(Status.PermissionDenied, f.Call(A, KernelCall.GetInfo, new GetInfoRequest { Request = InfoRequest.ExitReport, Buffer = KernelFixture.Data, Length = 48 }));
        Assert.Equal(Status.Ok, f.Call(A, KernelCall.GetInfo, new GetInfoRequest { Request = InfoRequest.Privileges, Target = Endpoint.Self, Buffer = KernelFixture.Data, Length = 168 }));
        Assert.Equal(Status.TooBig, f.Call(A, KernelCall.GetInfo, new GetInfoRequest { Request = InfoRequest.Privileges, Target = Endpoint.Self, Buffer = KernelFixture.Data, Length = 100 }));
        Assert.Equal(Status.Ok, f.Call(Rs, KernelCall.GetInfo, new GetInfoRequest { Request = InfoRequest.Process, Target = B.Endpoint, Buffer = KernelFixture.Data, Length = 64 }));
        Assert.Equal("b", ProcessNameText.ToText(f.Machine.ReadStruct<ProcessInfo>(Rs, KernelFixture.Data).Name));
    }

    [Fact]
    public void A_system_process_reads_anothers_entry_and_tells_a_user_program_by_its_privilege_id_but_a_user_program_reads_only_its_own()
    {
        Assert.Equal(Status.Ok, f.Call(A, KernelCall.GetInfo, new GetInfoRequest { Request = InfoRequest.Process, Target = User.Endpoint, Buffer = KernelFixture.Data, Length = 64 }));
        Assert.Equal(PrivilegeId.User, f.Machine.ReadStruct<ProcessInfo>(A, KernelFixture.Data).PrivilegeId);
        Assert.Equal(Status.Ok, f.Call(A, KernelCall.GetInfo, new GetInfoRequest { Request = InfoRequest.Process, Target = B.Endpoint, Buffer = KernelFixture.Data, Length = 64 }));
        Assert.NotEqual(PrivilegeId.User, f.Machine.ReadStruct<ProcessInfo>(A, KernelFixture.Data).PrivilegeId);

        Assert.Equal(Status.PermissionDenied, f.Call(User, KernelCall.GetInfo, new GetInfoRequest { Request = InfoRequest.Process, Target = A.Endpoint, Buffer = KernelFixture.Data, Length = 64 }));
        Assert.Equal(Status.Ok, f.Call(User, KernelCall.GetInfo, new GetInfoRequest { Request = InfoRequest.Process, Target = Endpoint.Self, Buffer = KernelFixture.Data, Length = 64 }));
    }

    [Fact]
    public void Whoami_tells_a_process_its_identity()
    {
        Assert.Equal(Status.Ok, f.Call(Printer, KernelCall.GetInfo, new GetInfoRequest { Request = InfoRequest.WhoAmI }));
        GetInfoReply me = f.Reply<GetInfoReply>(Printer);
        Assert.Equal(Printer.Endpoint, me.Endpoint);
        Assert.Equal("printer", ProcessNameText.ToText(me.Name));
    }

    [Fact]
    public void Exit_ends_the_caller_without_a_reply()
    {
        Assert.Equal(Status.Ok, f.Call(A, KernelCall.Exit, new ExitRequest { Status = 3 }));
        Assert.True(A.IsFree);
        Assert.Contains(f.Machine.Log, l => l.Contains("a (endpoint 4) exited with status 3"));
    }

    [Fact]
    public void Diagctl_prints_the_callers_text_with_its_name()
    {
        "hello\n"u8.CopyTo(f.Machine.MemoryOf(A).AsSpan(0x1000));
        Assert.Equal(Status.Ok, f.Call(A, KernelCall.DiagCtl, new DiagCtlRequest { Address = KernelFixture.Data, Length = 6 }));
        Assert.Contains("a: hello", f.Machine.Log);
        Assert.Equal(Status.InvalidArgument, f.Call(A, KernelCall.DiagCtl, new DiagCtlRequest { Address = KernelFixture.Data, Length = 1000 }));
    }

    [Fact]
    public void Diagctl_text_cannot_start_a_log_line_in_another_name()
    {
        byte[] forged = "hi\nkernel: panic\r\u001b[2J\n"u8.ToArray();
        forged.CopyTo(f.Machine.MemoryOf(A).AsSpan(0x1000));
        Assert.Equal(Status.Ok, f.Call(A, KernelCall.DiagCtl, new DiagCtlRequest { Address = KernelFixture.Data, Length = forged.Length }));
        Assert.Contains("a: hi\\nkernel: panic\\r\\x1b[2J", f.Machine.Log);
        Assert.DoesNotContain(f.Machine.Log, l => l.Contains("\nkernel: panic", StringComparison.Ordinal) || l.StartsWith("kernel: panic", StringComparison.Ordinal));
    }

    [Fact]
    public void Users_may_register_grants_and_print_but_nothing_else()
    {
        Assert.Equal(Status.Ok, f.Call(User, KernelCall.SetGrant, new SetGrantRequest { Address = KernelFixture.Data, Entries = 2 }));
        Assert.Equal(Status.CallDenied, f.Call(User, KernelCall.SetAlarm, new SetAlarmRequest { Ticks = 1 }));
        Assert.Equal(Status.CallDenied, f.Call(User, KernelCall.Kill, new KillRequest { Target = A.Endpoint }));
    }

    [Fact]
    public void A_process_that_uses_its_whole_quantum_sinks_and_regains_its_queue_when_it_blocks()
    {
        Process running = f.Kernel.PickNext();
        Assert.Equal(Rs, running);
        int start = running.Priority;
        for (int i = 0; i < running.Quantum; i++)
            f.Kernel.Tick();
        Assert.Equal(start + 1, running.Priority);
        Assert.NotEqual(running, f.Kernel.PickNext());

        f.Ipc(running, IpcCall.Receive, Endpoint.Any);
        Assert.Equal(start, running.Priority);
    }

    [Fact]
    public void An_endless_loop_does_not_stop_the_others()
    {
        Process looper = f.Kernel.PickNext();
        for (int tick = 0; tick < 200; tick++)
        {
            Process next = f.Kernel.PickNext();
            if (next != looper)
            {
                // Everyone else gets to run; each blocks at once, as servers waiting for work do.
                f.Ipc(next, IpcCall.Receive, Endpoint.Any);
                continue;
            }

            f.Kernel.Tick();
        }

        Assert.True(looper.Priority > looper.MaxPriority);
        Assert.All(new[] { A, B, Printer }, p => Assert.Equal(ProcessFlags.Receiving, p.Flags));
    }
}
