using Minix.DriverKit.Testing;
using Minix.DriverKit.Testing.Devices;
using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Minix.DriverKit.Testing.Tests;

public class SimulatedSystemTests
{
    private const string Conf = """
        service ping { ipc pong; };
        service pong { ipc ping; };
        service rs { system ALL; ipc ALL; };
        service looper { };
        service printer { io 378:4; irq 7; system DEVIO IRQCTL; ipc rs; };
        service cmos { io 70:2; system DEVIO; };
        """;

    [Fact]
    public void Two_processes_exchange_a_thousand_sendrec_round_trips()
    {
        int sum = 0;
        using var sim = new SimulatedSystem();
        var ping = new SimulatedProgram("ping", () =>
        {
            for (int i = 0; i < 1000; i++)
            {
                var m = new Message(i);
                Assert.Equal(Status.Ok, Messaging.SendRec(new Endpoint(5), ref m));
                sum += m.Type;
            }
        });
        var pong = new SimulatedProgram("pong", () =>
        {
            while (true)
            {
                var m = default(Message);
                Messaging.Receive(Endpoint.Any, ref m, out _);
                Endpoint from = m.Source;
                m.Type *= 2;
                Messaging.Send(from, ref m);
            }
        });
        sim.Boot(Conf, new SimulatedBootProcess(4, ping), new SimulatedBootProcess(5, pong));
        sim.Run();
        Assert.Equal(2 * (999 * 1000 / 2), sum);
        Assert.Contains(sim.Transcript, l => l.Contains("ping (endpoint 4) exited with status 0"));
        Assert.Equal(2000, sim.Trace.Count(e => e.Process == "ping" && e.Operation == "SENDREC") + sim.Trace.Count(e => e.Process == "pong" && e.Operation == "SEND"));
    }

    [Fact]
    public void A_process_that_throws_ends_alone_and_the_others_go_on()
    {
        bool otherFinished = false;
        using var sim = new SimulatedSystem();
        var bad = new SimulatedProgram("ping", () =>
        {
            object? o = null;
            _ = o!.GetHashCode();
        });
        var good = new SimulatedProgram("pong", () =>
        {
            Sys.Nop();
            otherFinished = true;
        });
        sim.Boot(Conf, new SimulatedBootProcess(4, bad), new SimulatedBootProcess(5, good));
        sim.Run();
        Assert.True(otherFinished);
        Assert.Contains(sim.Transcript, l => l.Contains("ping (endpoint 4) panicked: runtime fault NullReference"));
    }

    [Fact]
    public void A_driver_drives_its_device_through_devio_and_gets_its_interrupt_as_a_notification()
    {
        using var sim = new SimulatedSystem();
        var lpt = sim.AddDevice(new ParallelPort());
        ulong interrupts = 0;
        var printer = new SimulatedProgram("printer", () =>
        {
            Assert.Equal(Status.Ok, Sys.IrqSetPolicy(7, IrqPolicy.None, 2, out int hook));
            Sys.OutByte(0x37A, 0x1D); // select, init, interrupts on, strobe high
            foreach (byte b in "hi"u8)
            {
                Sys.OutByte(0x378, b);
                Sys.OutByte(0x37A, 0x1C); // strobe low: the byte is printed, the printer acknowledges
                var m = default(Message);
                Messaging.Receive(Endpoint.Hardware, ref m, out IpcStatus how);
                Assert.True(how.IsNotify);
                interrupts |= m.Payload<NotifyPayload>().Interrupts;
                Sys.IrqEnable(hook);
                Sys.OutByte(0x37A, 0x1D);
            }

            Assert.Equal(Status.PortNotAllowed, Sys.OutByte(0x3F8, 1));
        });
        sim.Boot(Conf, new SimulatedBootProcess(6, printer));
        sim.Run();
        Assert.Equal("hi", lpt.PrintedText);
        Assert.Equal(1UL << 2, interrupts);
        Assert.Empty(sim.Bus.Unclaimed);
    }

    [Fact]
    public void Alarms_advance_virtual_time_to_their_expiry()
    {
        ulong fired = 0;
        using var sim = new SimulatedSystem();
        var ping = new SimulatedProgram("ping", () =>
        {
            Sys.SetAlarm(250, false, out _);
            var m = default(Message);
            Messaging.Receive(Endpoint.Clock, ref m, out _);
            fired = m.Payload<NotifyPayload>().Timestamp;
        });
        sim.Boot(Conf, new SimulatedBootProcess(4, ping));
        sim.Run();
        Assert.Equal(250UL, fired);
    }

    [Fact]
    public void The_same_seed_gives_the_same_trace()
    {
        string Trace(int seed)
        {
            using var sim = new SimulatedSystem(new SimulationOptions { Seed = seed });
            var ping = new SimulatedProgram("ping", () =>
            {
                for (int i = 0; i < 50; i++)
                {
                    var m = new Message(i);
                    Messaging.SendRec(new Endpoint(5), ref m);
                }
            });
            var pong = new SimulatedProgram("pong", () =>
            {
                while (true)
                {
                    var m = default(Message);
                    Messaging.Receive(Endpoint.Any, ref m, out _);
                    Messaging.Send(m.Source, ref m);
                }
            });
            sim.Boot(Conf, new SimulatedBootProcess(4, ping), new SimulatedBootProcess(5, pong));
            sim.Run();
            return string.Join("\n", sim.Trace);
        }

        Assert.Equal(Trace(7), Trace(7));
        Assert.Equal(Trace(0), Trace(0));
    }

    [Fact]
    public void A_wild_write_and_an_illegal_instruction_end_the_process_as_cpu_exceptions()
    {
        using var sim = new SimulatedSystem();
        var wild = new SimulatedProgram("ping", () => throw new AccessViolationException("wild write") { Data = { ["address"] = 0x7FFF_DEAD_0000UL } });
        var ud2 = new SimulatedProgram("pong", () => throw new InvalidProgramException("ud2"));
        sim.Boot(Conf, new SimulatedBootProcess(4, wild), new SimulatedBootProcess(5, ud2));
        sim.Run();
        Assert.Contains(sim.Transcript, l => l.Contains("ping (endpoint 4) killed by page fault") && l.Contains("address 0x7fffdead0000"));
        Assert.Contains(sim.Transcript, l => l.Contains("pong (endpoint 5) killed by invalid opcode"));
    }

    [Fact]
    public void The_cmos_clock_keeps_virtual_time_in_bcd_and_reports_updates_in_progress()
    {
        using var sim = new SimulatedSystem();
        var rtc = sim.AddDevice(new CmosClock(new DateTime(2026, 11, 25, 23, 59, 58)));
        rtc.UpdateInProgressReads = 2;
        var seen = new List<byte>();
        var cmos = new SimulatedProgram("cmos", () =>
        {
            Sys.SetAlarm(300, false, out _); // three seconds on
            var m = default(Message);
            Messaging.Receive(Endpoint.Clock, ref m, out _);
            foreach (byte register in new byte[] { 0x0A, 0x0A, 0x0A, 0, 2, 4, 7, 8, 9, 0x32 })
            {
                Sys.OutByte(0x70, register);
                Sys.InByte(0x71, out byte value);
                seen.Add(value);
            }
        });
        sim.Boot(Conf, new SimulatedBootProcess(7, cmos));
        sim.Run();
        Assert.Equal(new byte[] { 0xA6, 0xA6, 0x26, 0x01, 0x00, 0x00, 0x26, 0x11, 0x26, 0x20 }, seen);
        Assert.Equal(new DateTime(2026, 11, 26, 0, 0, 1), rtc.Now);
    }
}
