using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Threading;

namespace Minix.Bench.Guest;

/// <summary>
/// A client of QEMU's gdbstub (GDB's remote serial protocol over TCP), with just what the IPC trace needs:
/// breakpoints, continue, single steps and register reads. Packets are <c>$data#checksum</c>, each acknowledged
/// with <c>+</c>.
/// </summary>
public sealed class GdbRemote : IDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly byte[] _one = new byte[1];

    private GdbRemote(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
    }

    /// <summary>Connects to the stub on <paramref name="port"/> of this host, retrying while QEMU starts.</summary>
    /// <param name="port">The TCP port QEMU's <c>-gdb</c> listens on.</param>
    /// <param name="timeout">How long to keep trying.</param>
    /// <returns>The connection.</returns>
    public static GdbRemote Connect(int port, TimeSpan timeout) => LocalConnection.Open(port, timeout, client =>
    {
        var remote = new GdbRemote(client);
        // QEMU answers register reads ('p') only for a client that asked for the target description.
        remote.Request("qXfer:features:read:target.xml:0,ffb");
        return remote;
    });

    /// <summary>Sets a breakpoint at a virtual address (QEMU checks it when it translates code, in any address space).</summary>
    /// <param name="address">The address.</param>
    public void SetBreakpoint(ulong address) => Expect(Request($"Z0,{address:x},1"), "OK", "Z0");

    /// <summary>Removes a breakpoint.</summary>
    /// <param name="address">The address.</param>
    public void RemoveBreakpoint(ulong address) => Expect(Request($"z0,{address:x},1"), "OK", "z0");

    /// <summary>Lets the guest run until it stops (a breakpoint).</summary>
    public void Continue() => ExpectStop(Request("c"), "c");

    /// <summary>Runs exactly one guest instruction (QEMU keeps interrupts and timers off while stepping).</summary>
    public void Step() => ExpectStop(Request("s"), "s");

    /// <summary>Lets the guest run on and closes the connection.</summary>
    public void Detach() => Expect(Request("D"), "OK", "D");

    /// <summary>Ends QEMU.</summary>
    public void Kill() => Send("k");

    /// <summary>Reads guest memory at a virtual address of the current address space ('m').</summary>
    /// <param name="address">The address.</param>
    /// <param name="length">Bytes to read.</param>
    /// <returns>The bytes.</returns>
    public byte[] Memory(ulong address, int length)
    {
        string hex = Request($"m{address:x},{length:x}");
        if (hex.Length != 2 * length)
            throw new InvalidOperationException($"gdbstub: memory at 0x{address:x} cannot be read ({(hex.Length == 0 ? "not supported" : hex)})");
        return Convert.FromHexString(hex);
    }

    /// <summary>A register by the stub's number (x86-64: 0-15 the general registers, 16 rip).</summary>
    /// <param name="number">The register number.</param>
    /// <returns>Its value.</returns>
    public ulong Register(int number)
    {
        string hex = Request($"p{number:x}");
        if (hex.Length == 0 || hex.StartsWith('E'))
            throw new InvalidOperationException($"gdbstub: register {number} cannot be read ({(hex.Length == 0 ? "not supported" : hex)})");
        // Little-endian bytes as hex pairs.
        ulong value = 0;
        for (int i = Math.Min(hex.Length, 16) - 2; i >= 0; i -= 2)
            value = (value << 8) | byte.Parse(hex.AsSpan(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return value;
    }

    /// <inheritdoc/>
    public void Dispose() => _client.Dispose();

    private void Send(string data)
    {
        byte sum = 0;
        foreach (char c in data)
            sum += (byte)c;
        _stream.Write(Encoding.ASCII.GetBytes($"${data}#{sum:x2}"));
    }

    private string Request(string data)
    {
        Send(data);
        while (true)
        {
            int b = ReadByte();
            if (b == '$')
                break;
        }

        var reply = new StringBuilder();
        for (int b = ReadByte(); b != '#'; b = ReadByte())
            reply.Append((char)b);
        ReadByte();
        ReadByte();
        _stream.Write("+"u8);
        return reply.ToString();
    }

    private int ReadByte()
    {
        if (_stream.Read(_one, 0, 1) != 1)
            throw new IOException("gdbstub: QEMU closed the connection");
        return _one[0];
    }

    private static void Expect(string reply, string wanted, string what)
    {
        if (reply != wanted)
            throw new InvalidOperationException($"gdbstub: '{what}' answered '{reply}', not '{wanted}'");
    }

    private static void ExpectStop(string reply, string what)
    {
        if (!reply.StartsWith('T') && !reply.StartsWith('S'))
            throw new InvalidOperationException($"gdbstub: '{what}' answered '{reply}', not a stop");
    }
}
