using System.Text;
using Minix.DriverKit;
using Minix.DriverKit.Testing;
using Minix.DriverKit.Testing.Devices;
using Minix.Ipc;
using Minix.Kernel.Grants;
using MyDriver;

namespace MyDriver.Tests;

/// <summary>
/// mydriver on the simulated machine: the real Minix# kernel code (IPC, privileges from system.conf, grants,
/// interrupts), a simulated 16550 UART at the driver's ports, and one process at a time in virtual time, so every run
/// is the same. The driver starts on its own here (no reincarnation server); a client program talks to it by message.
/// </summary>
public class UartDriverTests
{
    private const int DriverSlot = 8;
    private const int ClientSlot = 12;

    /// <summary>The driver's system.conf (copied next to the tests), with entries for the servers it may talk to.</summary>
    private static string Conf => """
        service rs { system PRIVCTL SPAWN KILL ABORT; ipc ALL_SYS; };
        service ds { ipc ALL_SYS; };

        """ + File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "system.conf"));

    [Fact]
    public void The_driver_greets_the_line_when_it_starts()
    {
        var (sim, uart) = Boot(() => { });
        using (sim)
        {
            RunUntil(sim, () => sim.Transcript.Contains("mydriver: ready"));
            Assert.Equal(Encoding.ASCII.GetString(UartDriver.Greeting), uart.TransmittedText);
            Assert.Empty(sim.Bus.Unclaimed);
        }
    }

    [Fact]
    public void What_a_client_writes_goes_out_on_the_line()
    {
        long written = 0;
        bool done = false;
        var (sim, uart) = Boot(() =>
        {
            written = new Client().Write("hello, line\r\n"u8);
            done = true;
        });
        using (sim)
        {
            RunUntil(sim, () => done);
            Assert.Equal(13, written);
            Assert.EndsWith("hello, line\r\n", uart.TransmittedText);
        }
    }

    [Fact]
    public void A_read_waits_for_input_and_is_answered_from_the_interrupt()
    {
        string read = "";
        bool reading = false, done = false;
        var (sim, uart) = Boot(() =>
        {
            var client = new Client();
            reading = true;
            read = client.Read(32);
            done = true;
        });
        using (sim)
        {
            RunUntil(sim, () => reading);
            sim.RunFor(20);
            Assert.False(done); // the driver keeps the read until input arrives
            uart.Receive("typed\n"u8);
            RunUntil(sim, () => done);
            Assert.Equal("typed\n", read);
        }
    }

    private static (SimulatedSystem Sim, Uart16550 Uart) Boot(Action client)
    {
        var sim = new SimulatedSystem();
        sim.Boot(Conf,
            new SimulatedBootProcess(DriverSlot, new SimulatedProgram("mydriver", Program.Main)),
            new SimulatedBootProcess(ClientSlot, new SimulatedProgram("client", client), IsSystem: false));
        return (sim, sim.AddDevice(new Uart16550(UartDriver.BasePort, UartDriver.Irq)));
    }

    private static void RunUntil(SimulatedSystem sim, Func<bool> condition)
    {
        sim.Run(until: condition, maxTicks: sim.Kernel.Uptime + 6000);
        Assert.True(condition(), "the simulated machine stopped first; its console:\n" + string.Join("\n", sim.Transcript));
    }

    /// <summary>A client's side of the line: a grant table and a buffer the driver may copy to and from.</summary>
    private sealed class Client
    {
        private readonly GrantTable _grants = new(1);
        private readonly byte[] _buffer = PinnedMemory.Allocate(UartDriver.BufferSize);
        private DeviceClient _line;

        public Client()
        {
            _grants.Register();
            _line = DeviceClient.Character(new Endpoint(DriverSlot));
            Assert.Equal(0, _line.Open(0, DeviceAccess.Read | DeviceAccess.Write));
        }

        public long Write(ReadOnlySpan<byte> text)
        {
            text.CopyTo(_buffer);
            GrantId grant = _grants.Grant(_line.Driver, _buffer.AsSpan(0, text.Length), GrantFlags.Read);
            long n = _line.Write(0, 0, grant, text.Length);
            _grants.Revoke(grant);
            return n;
        }

        public string Read(int count)
        {
            GrantId grant = _grants.Grant(_line.Driver, _buffer.AsSpan(0, count), GrantFlags.Write);
            long n = _line.Read(0, 0, grant, count);
            _grants.Revoke(grant);
            return n < 0 ? "error " + (Status)n : Encoding.ASCII.GetString(_buffer, 0, (int)n);
        }
    }
}
