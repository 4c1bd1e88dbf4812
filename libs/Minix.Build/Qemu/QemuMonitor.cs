using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading;

namespace Minix.Build.Qemu;

/// <summary>
/// QEMU's machine protocol (QMP) on a Unix socket: keys pressed on the guest's PS/2 keyboard (<see cref="SendKeys"/>,
/// <see cref="TypeKeys"/>) and guest physical memory read back (<see cref="ReadPhysical"/>), e.g. the VGA text
/// screen's cells (<see cref="ReadTextScreen"/>).
/// </summary>
public sealed class QemuMonitor : IDisposable
{
    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private readonly StreamReader _reader;

    private QemuMonitor(Socket socket)
    {
        _socket = socket;
        _stream = new NetworkStream(socket, ownsSocket: false);
        _reader = new StreamReader(_stream, Encoding.UTF8);
    }

    /// <summary>Connects to QEMU's socket (waiting for QEMU to open it) and leaves capability negotiation.</summary>
    /// <param name="path">The socket's path.</param>
    /// <param name="timeout">How long to wait for it.</param>
    /// <returns>The connection.</returns>
    /// <exception cref="IOException">QEMU never opened the socket, or answered with an error.</exception>
    public static QemuMonitor Connect(string path, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                socket.Connect(new UnixDomainSocketEndPoint(path));
                var monitor = new QemuMonitor(socket);
                monitor._reader.ReadLine(); // the greeting
                monitor.Execute("qmp_capabilities");
                return monitor;
            }
            catch (SocketException) when (clock.Elapsed < timeout)
            {
                socket.Dispose();
                Thread.Sleep(100);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                throw new IOException($"QEMU's monitor socket {path} did not open: {e.Message}", e);
            }
        }
    }

    /// <summary>Presses keys together and releases them (QMP <c>send-key</c>): QEMU's key names, e.g. "ctrl", "c".</summary>
    /// <param name="keys">The keys.</param>
    public void SendKeys(params string[] keys)
    {
        string list = string.Join(",", keys.Select(k => $"{{\"type\":\"qcode\",\"data\":{JsonSerializer.Serialize(k)}}}"));
        Execute("send-key", $"{{\"keys\":[{list}],\"hold-time\":20}}");
    }

    /// <summary>Types ASCII text on the US layout, a key (with Shift when the character needs it) at a time; '\n' is Enter.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="ArgumentException">A character no key types.</exception>
    public void TypeKeys(string text)
    {
        foreach (char c in text)
        {
            (string key, bool shift) = QemuKeys.Of(c);
            if (shift)
                SendKeys("shift", key);
            else
                SendKeys(key);
            Thread.Sleep(30);
        }
    }

    /// <summary>Reads guest physical memory (QMP <c>pmemsave</c> through a temporary file).</summary>
    /// <param name="address">The physical address.</param>
    /// <param name="length">How many bytes.</param>
    /// <returns>The bytes.</returns>
    public byte[] ReadPhysical(ulong address, int length)
    {
        string file = Path.Combine(Path.GetTempPath(), "minix-pmem-" + Guid.NewGuid().ToString("N") + ".bin");
        try
        {
            Execute("pmemsave", $"{{\"val\":{address},\"size\":{length},\"filename\":{JsonSerializer.Serialize(file)}}}");
            return File.ReadAllBytes(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The VGA text screen (80x25 cells at 0xB8000) as lines of text, trailing blanks removed.</summary>
    /// <returns>25 lines.</returns>
    public string[] ReadTextScreen() => VgaText.Text(ReadPhysical(VgaText.Address, VgaText.Columns * VgaText.Height * 2));

    /// <summary>Runs a QMP command and waits for its answer (events in between are skipped).</summary>
    /// <param name="command">The command's name.</param>
    /// <param name="arguments">Its arguments as a JSON object, or null.</param>
    /// <returns>The answer's <c>return</c> value as JSON.</returns>
    /// <exception cref="IOException">QEMU answered with an error or closed the connection.</exception>
    public string Execute(string command, string? arguments = null)
    {
        string request = arguments is null ? $"{{\"execute\":\"{command}\"}}" : $"{{\"execute\":\"{command}\",\"arguments\":{arguments}}}";
        _stream.Write(Encoding.UTF8.GetBytes(request + "\n"));
        while (true)
        {
            string line = _reader.ReadLine() ?? throw new IOException($"QEMU closed its monitor during '{command}'");
            using var answer = JsonDocument.Parse(line);
            if (answer.RootElement.TryGetProperty("return", out JsonElement value))
                return value.GetRawText();
            if (answer.RootElement.TryGetProperty("error", out JsonElement error))
                throw new IOException($"QEMU refused '{command}': {error.GetRawText()}");
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
        _socket.Dispose();
    }
}
