using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading;

namespace Minix.Bench.Guest;

/// <summary>
/// A client of QEMU's machine protocol (QMP, <c>-qmp tcp:127.0.0.1:PORT,server=on,wait=off</c>): JSON commands, one a
/// line. It asks only what the benchmarks need: <c>query-replay</c>'s instruction count, which under <c>-icount</c> is
/// the instructions the guest has executed, without the time the clock skipped while the guest was idle.
/// </summary>
public sealed class QmpClient : IDisposable
{
    private readonly TcpClient _client;
    private readonly StreamReader _reader;
    private readonly StreamWriter _writer;

    private QmpClient(TcpClient client)
    {
        _client = client;
        NetworkStream stream = client.GetStream();
        _reader = new StreamReader(stream, Encoding.UTF8);
        _writer = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
    }

    /// <summary>Connects to QEMU (retrying while it starts) and leaves capabilities negotiation mode.</summary>
    /// <param name="port">The TCP port on 127.0.0.1.</param>
    /// <param name="timeout">How long QEMU may take to listen.</param>
    /// <returns>The client.</returns>
    public static QmpClient Connect(int port, TimeSpan timeout) => LocalConnection.Open(port, timeout, client =>
    {
        var qmp = new QmpClient(client);
        qmp.ReadLine(); // the greeting
        qmp.Execute("qmp_capabilities");
        return qmp;
    });

    /// <summary>The guest instructions executed since power-on (<c>query-replay</c>'s <c>icount</c>; QEMU must run with <c>-icount</c>).</summary>
    /// <returns>The count.</returns>
    public long ExecutedInstructions() => Execute("query-replay").GetProperty("icount").GetInt64();

    /// <inheritdoc/>
    public void Dispose() => _client.Dispose();

    /// <summary>Runs a command without arguments and returns its <c>return</c> value; events that arrive meanwhile are skipped.</summary>
    private JsonElement Execute(string command)
    {
        _writer.WriteLine($"{{\"execute\":\"{command}\"}}");
        while (true)
        {
            using JsonDocument reply = JsonDocument.Parse(ReadLine());
            if (reply.RootElement.TryGetProperty("return", out JsonElement value))
                return value.Clone();
            if (reply.RootElement.TryGetProperty("error", out JsonElement error))
                throw new InvalidOperationException($"QMP: '{command}' failed: {error}");
        }
    }

    private string ReadLine() => _reader.ReadLine() ?? throw new IOException("QMP: QEMU closed the connection");
}
