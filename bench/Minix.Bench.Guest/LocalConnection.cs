using System.Net.Sockets;
using System.Threading;

namespace Minix.Bench.Guest;

/// <summary>A connection to a port QEMU opens on this host (its gdbstub, its QMP socket), tried again while QEMU starts.</summary>
internal static class LocalConnection
{
    /// <summary>Connects to 127.0.0.1:<paramref name="port"/> and runs <paramref name="open"/>'s handshake, retrying both until <paramref name="timeout"/>.</summary>
    /// <param name="port">The TCP port.</param>
    /// <param name="timeout">How long QEMU may take to listen.</param>
    /// <param name="open">Wraps the connected client and does the protocol's first exchange.</param>
    /// <returns>What <paramref name="open"/> made.</returns>
    public static T Open<T>(int port, TimeSpan timeout, Func<TcpClient, T> open)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            // Without NoDelay every exchange waits for the peer's delayed acknowledgement (tens of milliseconds).
            var client = new TcpClient { NoDelay = true };
            try
            {
                client.Connect("127.0.0.1", port);
                return open(client);
            }
            catch (SocketException) when (clock.Elapsed < timeout)
            {
                client.Dispose();
                Thread.Sleep(100);
            }
        }
    }
}
