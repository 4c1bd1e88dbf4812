using Minix.DriverKit;
using Minix.DriverKit.Testing;
using Minix.DriverKit.Testing.Devices;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Samples.Printer;
using Minix.Samples.RamDisk;
using Minix.Samples.Rtc;
using Minix.Samples.Serial;
using Minix.Tests.Shared;

namespace Minix.Servers.Tests;

/// <summary>RS: booting the image's services, heartbeats, restarts with back-off, the service protocol and its permissions, core services.</summary>
public class ReincarnationServerTests
{
    private const int AdminSlot = 13;
    private const int IntruderSlot = 14;

    /// <summary>The printer with a control list naming one system process, and two such processes.</summary>
    private const string ControlConf = """
        service rs { system PRIVCTL SPAWN KILL ABORT; ipc ALL_SYS; priority 2; };
        service ds { ipc ALL_SYS; priority 3; };
        service printer { io 378:4; irq 7; system DEVIO VDEVIO IRQCTL; ipc rs ds; period 50; control admin; };
        service admin { ipc rs ds printer; };
        service intruder { ipc rs ds printer; };
        service sleeper { ipc rs; period 20; };
        """;

    private static SimulatedBootProcess Printer() =>
        SampleSystem.Service(SampleSystem.PrinterSlot, "printer", () => new PrinterDriver().Run());

    [Fact]
    public void Rs_starts_every_service_of_the_image_publishes_each_label_and_keeps_them_alive_with_heartbeats()
    {
        var found = new Dictionary<string, (Endpoint Label, Endpoint Driver, ServiceState State)>();
        bool done = false;
        string[] labels = ["printer", "serial", "ramdisk", "rtc"];
        using var sim = SampleSystem.Boot(SampleSystem.ImageConf, null,
            [.. SampleSystem.Servers(),
             Printer(),
             SampleSystem.Service(SampleSystem.SerialSlot, "serial", () => new SerialDriver().Run()),
             SampleSystem.Service(SampleSystem.RamDiskSlot, "ramdisk", () => new RamDiskDriver().Run()),
             SampleSystem.Service(SampleSystem.RtcSlot, "rtc", () => new RtcDriver().Run()),
             SampleSystem.User(SampleSystem.UserSlot, "lister", () =>
             {
                 foreach (string label in labels)
                 {
                     byte[] name = System.Text.Encoding.ASCII.GetBytes(label);
                     DataStore.WaitForChange(name, Endpoint.None, out Endpoint published);
                     DataStore.WaitForChange(System.Text.Encoding.ASCII.GetBytes("drv." + label), Endpoint.None, out Endpoint announced);
                     ServiceControl.Query(name, out ServiceStatusReply status);
                     found[label] = (published, announced, status.State);
                 }

                 done = true;
             })]);
        sim.AddDevice(new ParallelPort());
        sim.AddDevice(new Uart16550(SerialDriver.Com2, SerialDriver.Com2Irq));
        sim.AddDevice(new CmosClock(new DateTime(2026, 1, 1)));
        sim.RunUntil(() => done);
        sim.RunFor(5 * 100UL); // five seconds of heartbeats
        Assert.True(sim.Logged("rs: supervising 6 services"));
        Assert.Equal(labels.Length, found.Count);
        Assert.All(found, f => Assert.Equal(f.Value.Label, f.Value.Driver));
        Assert.All(found, f => Assert.Equal(ServiceState.Active, f.Value.State));
        Assert.DoesNotContain(sim.Transcript, l => l.Contains("heartbeat") || l.Contains("killed") || l.Contains("panicked"));
        Assert.Null(sim.ShutdownStatus);
    }

    [Fact]
    public void A_driver_that_keeps_crashing_is_restarted_at_once_then_after_2_4_and_8_seconds()
    {
        var delays = new List<ulong>();
        var backoffs = new List<int>();
        bool done = false;
        using var sim = SampleSystem.Boot(ControlConf, null, SampleSystem.Rs(), SampleSystem.Ds(), Printer(), SampleSystem.Service(AdminSlot, "admin", () =>
        {
            DataStore.WaitForChange("printer"u8, Endpoint.None, out Endpoint printer);
            for (int crash = 0; crash < 4; crash++)
            {
                ulong before = Alarm.Uptime();
                Misbehave.Request("printer"u8, Misbehaviour.Panic);
                ServiceControl.Query("printer"u8, out ServiceStatusReply status);
                backoffs.Add(status.BackoffSeconds);
                DataStore.WaitForChange("printer"u8, printer, out printer);
                delays.Add(Alarm.Uptime() - before);
            }

            done = true;
        }));
        sim.AddDevice(new ParallelPort());
        sim.RunUntil(() => done);
        Assert.Equal([0, 2, 4, 8], backoffs);
        Assert.InRange(delays[0], 0UL, 50UL);
        Assert.InRange(delays[1], 200UL, 320UL);
        Assert.InRange(delays[2], 400UL, 520UL);
        Assert.InRange(delays[3], 800UL, 920UL);
        Assert.True(sim.Logged("rs: restarting printer in 8 s"));
    }

    [Fact]
    public void A_driver_that_ran_long_enough_before_crashing_again_is_restarted_at_once()
    {
        var backoffs = new List<int>();
        bool done = false;
        using var sim = SampleSystem.Boot(ControlConf, null, SampleSystem.Rs(), SampleSystem.Ds(), Printer(), SampleSystem.Service(AdminSlot, "admin", () =>
        {
            DataStore.WaitForChange("printer"u8, Endpoint.None, out Endpoint printer);
            for (int crash = 0; crash < 3; crash++)
            {
                if (crash == 2)
                {
                    // Let the printer run for longer than RS's stable period before it crashes again.
                    Alarm.Set((ulong)(ReincarnationServer.StableSeconds + 1) * 100);
                    var tick = default(Message);
                    Messaging.Receive(Endpoint.Clock, ref tick, out _);
                }

                Misbehave.Request("printer"u8, Misbehaviour.Panic);
                ServiceControl.Query("printer"u8, out ServiceStatusReply status);
                backoffs.Add(status.BackoffSeconds);
                DataStore.WaitForChange("printer"u8, printer, out printer);
            }

            done = true;
        }));
        sim.AddDevice(new ParallelPort());
        sim.RunUntil(() => done, seconds: ReincarnationServer.StableSeconds + 30);
        Assert.Equal([0, 2, 0], backoffs);
    }

    [Fact]
    public void Restarts_an_operator_asks_for_do_not_lengthen_the_back_off_of_the_next_crash()
    {
        var backoffs = new List<int>();
        int restarts = 0;
        bool done = false;
        using var sim = SampleSystem.Boot(ControlConf, null, SampleSystem.Rs(), SampleSystem.Ds(), Printer(), SampleSystem.Service(AdminSlot, "admin", () =>
        {
            DataStore.WaitForChange("printer"u8, Endpoint.None, out Endpoint printer);
            for (int i = 0; i < 2; i++)
            {
                ServiceControl.Restart("printer"u8);
                DataStore.WaitForChange("printer"u8, printer, out printer);
            }

            for (int crash = 0; crash < 2; crash++)
            {
                Misbehave.Request("printer"u8, Misbehaviour.Panic);
                ServiceControl.Query("printer"u8, out ServiceStatusReply status);
                backoffs.Add(status.BackoffSeconds);
                DataStore.WaitForChange("printer"u8, printer, out printer);
            }

            ServiceControl.Query("printer"u8, out ServiceStatusReply last);
            restarts = last.Restarts;
            done = true;
        }));
        sim.AddDevice(new ParallelPort());
        sim.RunUntil(() => done);
        // Two restarts asked for, then two crashes: the first crash restarts at once, the second after 2 s.
        Assert.Equal([0, 2], backoffs);
        Assert.Equal(4, restarts);
    }

    [Fact]
    public void Service_down_up_and_restart_obey_the_control_list_and_core_services_refuse_them()
    {
        var answers = new List<(string What, Status Status, ServiceState State, Endpoint Endpoint)>();
        bool intruderDone = false, adminDone = false;
        Status lookupAfterDown = Status.Ok;
        void Note(string what, Status status)
        {
            ServiceControl.Query("printer"u8, out ServiceStatusReply s);
            answers.Add((what, status, s.State, s.Endpoint));
        }

        using var sim = SampleSystem.Boot(ControlConf, null, SampleSystem.Rs(), SampleSystem.Ds(), Printer(),
            SampleSystem.Service(IntruderSlot, "intruder", () =>
            {
                DataStore.WaitForChange("printer"u8, Endpoint.None, out _);
                Note("intruder down", ServiceControl.Down("printer"u8));
                Note("intruder restart", ServiceControl.Restart("printer"u8));
                intruderDone = true;
            }),
            SampleSystem.Service(AdminSlot, "admin", () =>
            {
                DataStore.WaitForChange("printer"u8, Endpoint.None, out Endpoint first);
                while (!intruderDone)
                    Sys.Nop();
                Note("admin down", ServiceControl.Down("printer"u8));
                lookupAfterDown = DataStore.Lookup("printer"u8, out _);
                Note("admin down again", ServiceControl.Down("printer"u8));
                Note("admin up", ServiceControl.Up("printer"u8));
                DataStore.WaitForChange("printer"u8, first, out Endpoint second);
                Note("admin up again", ServiceControl.Up("printer"u8));
                Note("admin restart", ServiceControl.Restart("printer"u8));
                DataStore.WaitForChange("printer"u8, second, out _);
                Note("admin down ds", ServiceControl.Down("ds"u8));
                Note("admin restart rs", ServiceControl.Restart("rs"u8));
                Note("admin down nobody", ServiceControl.Down("nobody"u8));
                adminDone = true;
            }));
        sim.AddDevice(new ParallelPort());
        sim.RunUntil(() => adminDone);
        Assert.Equal(
            [
                ("intruder down", Status.PermissionDenied, ServiceState.Active),
                ("intruder restart", Status.PermissionDenied, ServiceState.Active),
                ("admin down", Status.Ok, ServiceState.Down),
                ("admin down again", Status.Ok, ServiceState.Down),
                ("admin up", Status.Ok, ServiceState.Starting),
                ("admin up again", Status.AlreadyExists, ServiceState.Active),
                ("admin restart", Status.Ok, ServiceState.Starting),
                ("admin down ds", Status.PermissionDenied, ServiceState.Active),
                ("admin restart rs", Status.Busy, ServiceState.Active),
                ("admin down nobody", Status.NotFound, ServiceState.Active),
            ],
            answers.Select(a => (a.What, a.Status, a.State)));
        Endpoint afterUp = answers[4].Endpoint, afterRestart = answers[6].Endpoint;
        Assert.Equal(Endpoint.None, answers[2].Endpoint);
        Assert.Equal(SampleSystem.PrinterSlot, afterUp.Slot);
        Assert.Equal(afterUp.Generation + 1, afterRestart.Generation);
        Assert.True(sim.Logged("rs: printer is down"));
        Assert.Equal(Status.NotFound, lookupAfterDown); // down removes the label from DS; up publishes it again
        Assert.Equal(1, answers.Count(a => a.What == "admin restart"));
    }

    [Fact]
    public void A_service_that_never_finishes_initializing_is_killed_and_restarted()
    {
        using var sim = SampleSystem.Boot(ControlConf, null, SampleSystem.Rs(), SampleSystem.Service(15, "sleeper", () =>
        {
            var m = default(Message);
            Messaging.Receive(Endpoint.Clock, ref m, out _); // waits for an alarm it never set
        }));
        sim.RunUntil(() => sim.Logged("rs: sleeper (endpoint 15/1) was killed"), seconds: 30);
        Assert.True(sim.Logged("rs: sleeper did not finish initializing; killing it"));
        Assert.True(sim.Kernel.Uptime >= 20 * 100UL, "two init time-outs of 10 s each");
    }

    [Fact]
    public void A_user_program_can_crash_the_data_store_neither_directly_nor_through_RS()
    {
        Status direct = Status.Ok, throughRs = Status.Ok, lookup = Status.NotFound;
        bool done = false;
        using var sim = SampleSystem.Boot(SampleSystem.ImageConf, null, [.. SampleSystem.Servers(), SampleSystem.User(SampleSystem.UserSlot, "vandal", () =>
        {
            DataStore.WaitForChange("ds"u8, Endpoint.None, out _);
            var m = Message.Create(ServiceProtocol.Misbehave, new MisbehaveRequest { Kind = Misbehaviour.NullDereference });
            Status ipc = Messaging.SendRec(Endpoint.DataStore, ref m);
            direct = ipc != Status.Ok ? ipc : m.Status;
            throughRs = Misbehave.Request("ds"u8, Misbehaviour.NullDereference);
            lookup = DataStore.Lookup("ds"u8, out _);
            done = true;
        })]);
        sim.RunUntil(() => done);
        sim.Run(maxTicks: sim.Kernel.Uptime + 200);
        Assert.Equal(Status.PermissionDenied, direct);
        Assert.Equal(Status.PermissionDenied, throughRs);
        Assert.Equal(Status.Ok, lookup);
        Assert.Null(sim.ShutdownStatus);
        Assert.True(sim.Logged("rs: refused a fault for ds from endpoint 12/0: not in its control list or a core service"));
        Assert.False(sim.Logged("misbehaviour requested"));
    }

    [Fact]
    public void A_fault_in_a_core_service_is_refused_even_to_its_control_list_unless_the_image_allows_core_faults()
    {
        Status refused = Status.Ok;
        bool done = false;
        string conf = SampleSystem.ImageConfControlledByUsers("ds");
        using var sim = SampleSystem.Boot(conf, null, [.. SampleSystem.Servers(), SampleSystem.User(SampleSystem.UserSlot, "teacher", () =>
        {
            DataStore.WaitForChange("ds"u8, Endpoint.None, out _);
            refused = Misbehave.Request("ds"u8, Misbehaviour.NullDereference);
            done = true;
        })]);
        sim.RunUntil(() => done);
        Assert.Equal(Status.PermissionDenied, refused);
        Assert.Null(sim.ShutdownStatus);
    }

    [Fact]
    public void With_core_faults_allowed_by_the_image_the_death_of_the_data_store_shuts_the_system_down_with_a_clear_line()
    {
        using var sim = new SimulatedSystem(new SimulationOptions { Seed = SampleSystem.Seed, BootParameters = "console=sim " + ReincarnationProtocol.CoreFaultsParameter });
        sim.Boot(SampleSystem.ImageConfControlledByUsers("ds"), [.. SampleSystem.Servers(), SampleSystem.User(SampleSystem.UserSlot, "teacher", () =>
        {
            DataStore.WaitForChange("ds"u8, Endpoint.None, out _);
            Misbehave.Request("ds"u8, Misbehaviour.NullDereference);
        })]);
        sim.RunUntil(() => sim.ShutdownStatus is not null);
        Assert.True(sim.Logged("ds: misbehaviour requested: null dereference"));
        Assert.Equal(ReincarnationServer.CoreServiceDiedStatus, sim.ShutdownStatus);
        Assert.True(sim.Logged("rs: core service ds died; the system cannot go on without it: shutting down"));
    }

    [Fact]
    public void A_fault_is_passed_on_only_for_a_process_in_the_targets_control_list_and_never_for_RS_itself()
    {
        var answers = new List<(string What, Status Status)>();
        bool done = false;
        using var sim = SampleSystem.Boot(ControlConf, null, SampleSystem.Rs(), SampleSystem.Ds(), Printer(),
            SampleSystem.Service(IntruderSlot, "intruder", () =>
            {
                DataStore.WaitForChange("printer"u8, Endpoint.None, out _);
                answers.Add(("intruder printer", Misbehave.Request("printer"u8, Misbehaviour.Panic)));
                answers.Add(("intruder rs", Misbehave.Request("rs"u8, Misbehaviour.Panic)));
                answers.Add(("intruder nobody", Misbehave.Request("nobody"u8, Misbehaviour.Panic)));
                done = true;
            }));
        sim.AddDevice(new ParallelPort());
        sim.RunUntil(() => done);
        Assert.Equal([("intruder printer", Status.PermissionDenied), ("intruder rs", Status.PermissionDenied), ("intruder nobody", Status.NotFound)], answers);
        Assert.False(sim.Logged("printer: misbehaviour requested"));
        Assert.True(sim.Logged("rs: refused a fault for printer from endpoint 14/0: not in its control list"));
    }

    [Fact]
    public void The_death_of_the_reincarnation_server_itself_is_a_kernel_panic()
    {
        using var sim = SampleSystem.Boot(SampleSystem.ImageConf, null, SampleSystem.Servers());
        sim.RunUntil(() => sim.Logged("rs: supervising"));
        sim.RunFor(50);
        sim.Kernel.Kill(sim.Kernel.ProcessAt(SampleSystem.RsSlot), ExitReason.Fault, 14, 0xdead, 0); // as if RS had faulted
        Assert.Equal(Minix.Kernel.Core.Microkernel.PanicStatus, sim.ShutdownStatus);
        Assert.True(sim.Logged("kernel panic: the privilege manager (the reincarnation server) died"));
    }

    /// <summary>A service that only runs DriverKit's loop.</summary>
    private sealed class Idle : Service
    {
    }

    [Fact]
    public void A_service_restarted_until_its_slot_has_used_every_endpoint_generation_stays_down_and_no_old_endpoint_names_a_new_process()
    {
        const string conf = """
            service rs { system PRIVCTL SPAWN KILL ABORT; ipc ALL_SYS; priority 2; };
            service ds { ipc ALL_SYS; priority 3; };
            service idle { ipc rs ds; control admin; };
            service admin { ipc rs ds idle; };
            """;
        int restarts = 0;
        Status last = Status.Ok, again = Status.Ok, oldFirst = Status.Ok, oldLast = Status.Ok;
        ServiceStatusReply after = default;
        Endpoint final = Endpoint.None;
        bool done = false;
        using var sim = SampleSystem.Boot(conf, null, SampleSystem.Rs(), SampleSystem.Ds(), SampleSystem.Service(15, "idle", () => new Idle().Run()),
            SampleSystem.Service(AdminSlot, "admin", () =>
            {
                DataStore.WaitForChange("idle"u8, Endpoint.None, out Endpoint first);
                while (restarts <= Endpoint.MaxGeneration)
                {
                    last = ServiceControl.Restart("idle"u8);
                    if (last == Status.Ok)
                        restarts++;
                    else if (last != Status.Busy)
                        break;
                }

                // The restart that found the slot used up was accepted (the old incarnation was ended); RS then retired it.
                while (ServiceControl.Query("idle"u8, out after) == Status.Ok && after.State != ServiceState.Down)
                    Sys.Nop();
                again = ServiceControl.Up("idle"u8);
                var m = new Message(1);
                oldFirst = Messaging.SendRec(first, ref m);
                oldLast = Messaging.SendRec(Endpoint.Create(Endpoint.MaxGeneration, 15), ref m);
                done = true;
            }));
        sim.RunUntil(() => done, seconds: 100_000);
        Assert.Equal(Endpoint.MaxGeneration + 1, restarts); // 65,534 new incarnations, then the one that could not start
        Assert.Equal(ServiceState.Down, after.State);
        Assert.Equal(Endpoint.None, after.Endpoint);
        Assert.Equal(Endpoint.MaxGeneration, after.Restarts);
        Assert.Equal(Status.SlotRetired, again);
        Assert.Equal(Status.DeadEndpoint, oldFirst);
        Assert.Equal(Status.DeadEndpoint, oldLast);
        Assert.True(sim.Logged("rs: idle has used all 65534 endpoints of slot 15; a new incarnation would reuse an old endpoint, so it stays down"));
    }
}
