using Minix.DriverKit;
using Minix.DriverKit.Testing;
using Minix.Ipc;
using Minix.Kernel.Grants;
using Minix.Posix.Abi;
using Minix.Tests.Shared;
using Xunit.Abstractions;
using P = Minix.Posix.Posix;

namespace Minix.Servers.Tests.Tty;

/// <summary>Writes to a terminal line whose client's buffer cannot be read to the end.</summary>
public class TerminalWriteTests(ITestOutputHelper output)
{
    [Fact]
    public void A_write_whose_buffer_cannot_be_read_part_way_is_answered_at_once_with_the_bytes_before_and_the_next_writer_goes_on()
    {
        using var m = TerminalMachine.Boot(output.WriteLine, m =>
        {
            DeviceClient tty = SampleSystem.OpenDevice(TerminalMachine.TtySlot, DeviceAccess.Write, out GrantTable grants);
            // The grant covers 300 bytes of a 4000-byte write: the line's second 256-byte copy is refused.
            byte[] buffer = PinnedMemory.Allocate(300);
            buffer.AsSpan().Fill((byte)'a');
            GrantId grant = grants.Grant(tty.Driver, buffer, GrantFlags.Read);
            SimulatedFork.Fork(() =>
            {
                P.Sleep(100);
                long fd = P.Open("/dev/ttyS0"u8, OpenFlags.WriteOnly | OpenFlags.NoControllingTerminal);
                m.Log.Add("next writer " + P.Write((int)fd, "next\n"u8));
                P.Exit(0);
            });
            m.Log.Add("short buffer " + tty.Write(0, 0, grant, 4000));
        });
        m.RunUntil(() => m.Log.Count >= 2);
        m.Settle();
        Assert.Equal(["short buffer 256", "next writer 5"], m.Log);
        Assert.Equal(new string('a', 256) + "next\\x0d\\x0a", m.OutputSince(0));
    }
}
