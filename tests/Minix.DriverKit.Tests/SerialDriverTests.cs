using System.Text;
using Minix.DriverKit.Testing;
using Minix.DriverKit.Testing.Devices;
using Minix.Ipc;
using Minix.Kernel.Grants;
using Minix.Samples.Serial;
using Minix.Tests.Shared;
using Xunit.Abstractions;

namespace Minix.DriverKit.Tests;

/// <summary>The 16550 driver against the simulated UART.</summary>
public class SerialDriverTests(ITestOutputHelper output)
{
    private const string Com1Conf = """
        service rs { system PRIVCTL SPAWN KILL ABORT; ipc ALL_SYS; };
        service ds { ipc ALL_SYS; };
        service serial { io 3f8:8; irq 4; system DEVIO VDEVIO IRQCTL; ipc rs ds; period 100; };
        """;

    /// <summary>A client's view of the serial line: a grant table and a buffer for each direction.</summary>
    private sealed class Line
    {
        private readonly GrantTable _grants = new(2);
        private readonly byte[] _out = PinnedMemory.Allocate(1024);
        private readonly byte[] _in = PinnedMemory.Allocate(1024);
        private DeviceClient _device;

        public Line(int slot)
        {
            _grants.Register();
            _device = DeviceClient.Character(new Endpoint(slot));
            _device.Open(0, DeviceAccess.Read | DeviceAccess.Write);
        }

        public long Ioctl(int request, long argument) => _device.Ioctl(0, request, argument);

        public long Write(ReadOnlySpan<byte> text)
        {
            text.CopyTo(_out);
            GrantId grant = _grants.Grant(_device.Driver, _out.AsSpan(0, text.Length), GrantFlags.Read);
            long n = _device.Write(0, 0, grant, text.Length);
            _grants.Revoke(grant);
            return n;
        }

        public string Read(int count)
        {
            GrantId grant = _grants.Grant(_device.Driver, _in.AsSpan(0, count), GrantFlags.Write);
            long n = _device.Read(0, 0, grant, count);
            _grants.Revoke(grant);
            return n < 0 ? "error " + (Status)n : Encoding.ASCII.GetString(_in, 0, (int)n);
        }
    }

    private static (SimulatedSystem Sim, Uart16550 Uart) Boot(string conf, Func<SerialDriver> driver, Action client, ushort basePort, int irq, bool trace = false)
    {
        var sim = new SimulatedSystem(new SimulationOptions { Trace = trace, Seed = SampleSystem.Seed });
        sim.Boot(conf, SampleSystem.Service(SampleSystem.SerialSlot, "serial", () => driver().Run()), SampleSystem.User(SampleSystem.UserSlot, "client", client));
        return (sim, sim.AddDevice(new Uart16550(basePort, irq)));
    }

    [Fact]
    public void The_serial_driver_transmits_what_a_client_writes()
    {
        long written = 0;
        bool done = false;
        var (sim, uart) = Boot(SampleSystem.ImageConf, () => new SerialDriver(), () =>
        {
            written = new Line(SampleSystem.SerialSlot).Write("hello over COM2\r\n"u8);
            done = true;
        }, SerialDriver.Com2, SerialDriver.Com2Irq);
        using (sim)
        {
            sim.RunUntil(() => done && uart.Transmitted.Count == 17);
            Assert.Equal(17, written);
            Assert.Equal("hello over COM2\r\n", uart.TransmittedText);
            Assert.Equal(1, uart.Divisor);
        }
    }

    [Fact]
    public void A_read_waits_until_bytes_arrive_and_is_answered_from_the_interrupt_handler()
    {
        string got = "";
        bool reading = false, done = false;
        var (sim, uart) = Boot(SampleSystem.ImageConf, () => new SerialDriver(), () =>
        {
            var line = new Line(SampleSystem.SerialSlot);
            reading = true;
            got = line.Read(32);
            done = true;
        }, SerialDriver.Com2, SerialDriver.Com2Irq);
        using (sim)
        {
            sim.RunUntil(() => reading);
            sim.RunFor(20); // the read is now suspended in the driver
            Assert.False(done);
            uart.Receive("typed\n"u8);
            sim.RunUntil(() => done);
            Assert.Equal("typed\n", got);
        }
    }

    [Fact]
    public void In_loopback_mode_what_is_written_comes_back_as_input()
    {
        string echoed = "";
        int writes = 0;
        bool done = false;
        string text = string.Concat(Enumerable.Repeat("0123456789abcdef", 64)); // 1 KiB
        var (sim, uart) = Boot(SampleSystem.ImageConf, () => new SerialDriver(), () =>
        {
            var line = new Line(SampleSystem.SerialSlot);
            line.Ioctl(SerialDriver.IoctlSetLoopback, 1);
            var received = new StringBuilder();
            byte[] bytes = Encoding.ASCII.GetBytes(text);
            for (int sent = 0; sent < bytes.Length; sent += 128)
            {
                line.Write(bytes.AsSpan(sent, 128));
                writes++;
                while (received.Length < sent + 128)
                    received.Append(line.Read(256));
            }

            echoed = received.ToString();
            done = true;
        }, SerialDriver.Com2, SerialDriver.Com2Irq, trace: true);
        using (sim)
        {
            sim.RunUntil(() => done);
            Assert.Equal(text, echoed);
            Assert.Empty(uart.Transmitted); // nothing left on the wire
            int calls = sim.Trace.Count(e => e.Process == "serial" && e.Kind == TraceKind.KernelCall);
            int bursts = sim.Trace.Count(e => e.Process == "serial" && e.Operation == "VDEVIO");
            output.WriteLine($"loopback: {text.Length} bytes in {writes} writes, {sim.Kernel.Uptime} ticks, {calls} kernel calls by the driver ({bursts} VDEVIO)");
            Assert.True(bursts >= text.Length / 16, "transmission goes out in 16-byte VDEVIO bursts");
        }
    }

    [Fact]
    public void The_serial_driver_also_runs_on_com1_and_irq_4()
    {
        string got = "";
        bool reading = false, done = false;
        var (sim, uart) = Boot(Com1Conf, () => new SerialDriver(SerialDriver.Com1, SerialDriver.Com1Irq), () =>
        {
            var line = new Line(SampleSystem.SerialSlot);
            line.Write("ping\n"u8);
            reading = true;
            got = line.Read(16);
            done = true;
        }, SerialDriver.Com1, SerialDriver.Com1Irq);
        using (sim)
        {
            sim.RunUntil(() => reading);
            sim.RunFor(10);
            uart.Receive("pong\n"u8);
            sim.RunUntil(() => done);
            Assert.Equal("ping\n", uart.TransmittedText);
            Assert.Equal("pong\n", got);
        }
    }

    [Fact]
    public void The_speed_and_line_status_ioctls_program_and_read_the_uart_and_bad_requests_are_refused()
    {
        var results = new List<long>();
        bool done = false;
        var (sim, uart) = Boot(SampleSystem.ImageConf, () => new SerialDriver(), () =>
        {
            var line = new Line(SampleSystem.SerialSlot);
            results.Add(line.Ioctl(SerialDriver.IoctlSetBaud, 9600));
            results.Add(line.Ioctl(SerialDriver.IoctlSetBaud, 1000));
            results.Add(line.Ioctl(SerialDriver.IoctlGetLineStatus, 0));
            results.Add(line.Ioctl(42, 0));
            done = true;
        }, SerialDriver.Com2, SerialDriver.Com2Irq);
        using (sim)
        {
            sim.RunUntil(() => done);
            Assert.Equal(new long[] { 0, (long)Status.InvalidArgument, 0x60, (long)Status.BadRequest }, results);
            Assert.Equal(12, uart.Divisor); // 115200 / 9600; the refused speed left it alone
        }
    }

    [Fact]
    public void A_burst_longer_than_one_guarded_pass_arrives_whole_and_in_order()
    {
        string text = string.Concat(Enumerable.Range(0, 10).Select(i => $"line {i} of the burst\n"));
        string got = "";
        bool open = false, done = false;
        var (sim, uart) = Boot(SampleSystem.ImageConf, () => new SerialDriver(), () =>
        {
            var line = new Line(SampleSystem.SerialSlot);
            open = true;
            while (got.Length < text.Length)
                got += line.Read(1024);
            done = true;
        }, SerialDriver.Com2, SerialDriver.Com2Irq);
        using (sim)
        {
            sim.RunUntil(() => open);
            uart.Receive(Encoding.ASCII.GetBytes(text));
            sim.RunUntil(() => done);
            Assert.Equal(text, got);
        }
    }

    [Fact]
    public void Bytes_that_arrive_before_anyone_reads_wait_in_the_driver_for_the_next_read()
    {
        string got = "";
        bool open = false, go = false, done = false;
        var (sim, uart) = Boot(SampleSystem.ImageConf, () => new SerialDriver(), () =>
        {
            var line = new Line(SampleSystem.SerialSlot);
            open = true;
            while (!go)
                line.Ioctl(SerialDriver.IoctlGetLineStatus, 0); // busy with something else meanwhile
            got = line.Read(64);
            done = true;
        }, SerialDriver.Com2, SerialDriver.Com2Irq);
        using (sim)
        {
            sim.RunUntil(() => open);
            uart.Receive("early bird\n"u8);
            sim.RunFor(5);
            go = true;
            sim.RunUntil(() => done);
            Assert.Equal("early bird\n", got);
        }
    }

    [Fact]
    public void A_flush_drops_bytes_received_and_not_read_so_the_next_read_gets_only_what_comes_after()
    {
        string got = "";
        long flushed = -1;
        bool open = false, go = false, done = false;
        var (sim, uart) = Boot(SampleSystem.ImageConf, () => new SerialDriver(), () =>
        {
            var line = new Line(SampleSystem.SerialSlot);
            open = true;
            while (!go)
                line.Ioctl(SerialDriver.IoctlGetLineStatus, 0);
            flushed = line.Ioctl(SerialDriver.IoctlFlush, 0);
            line.Ioctl(SerialDriver.IoctlSetLoopback, 1);
            line.Write("fresh\n"u8);
            got = line.Read(64);
            done = true;
        }, SerialDriver.Com2, SerialDriver.Com2Irq);
        using (sim)
        {
            sim.RunUntil(() => open);
            uart.Receive("stale bytes\n"u8);
            sim.RunFor(5);
            go = true;
            sim.RunUntil(() => done);
            Assert.Equal(0, flushed);
            Assert.Equal("fresh\n", got);
        }
    }

    [Fact]
    public void A_second_read_while_one_waits_is_answered_busy_and_the_first_still_gets_its_input()
    {
        string first = "", second = "";
        bool firstWaiting = false, secondDone = false, firstDone = false;
        var sim = new SimulatedSystem(new SimulationOptions { Trace = false, Seed = SampleSystem.Seed });
        sim.Boot(SampleSystem.ImageConf,
            SampleSystem.Service(SampleSystem.SerialSlot, "serial", () => new SerialDriver().Run()),
            SampleSystem.User(SampleSystem.UserSlot, "first", () =>
            {
                var line = new Line(SampleSystem.SerialSlot);
                firstWaiting = true;
                first = line.Read(16);
                firstDone = true;
            }),
            SampleSystem.User(SampleSystem.DevCheckSlot, "second", () =>
            {
                var line = new Line(SampleSystem.SerialSlot);
                while (!firstWaiting)
                    line.Ioctl(SerialDriver.IoctlGetLineStatus, 0);
                second = line.Read(16);
                secondDone = true;
            }));
        var uart = sim.AddDevice(new Uart16550(SerialDriver.Com2, SerialDriver.Com2Irq));
        using (sim)
        {
            sim.RunUntil(() => secondDone);
            Assert.Equal("error " + Status.Busy, second);
            Assert.False(firstDone);
            uart.Receive("ok\n"u8);
            sim.RunUntil(() => firstDone);
            Assert.Equal("ok\n", first);
        }
    }
}
