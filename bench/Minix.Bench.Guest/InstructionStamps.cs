using System.Threading.Tasks;
using Minix.Build.Imaging;
using Minix.Build.Qemu;

namespace Minix.Bench.Guest;

/// <summary>
/// Guest instructions executed at each call of one function of one program, for spans that contain waits for a
/// device: boots under <c>-icount shift=0</c> with QEMU's gdbstub and its machine protocol, stops at every call of the
/// function (a breakpoint on its first instruction, checked against its bytes, since other programs may run code at
/// the same address) and reads QEMU's count of executed instructions there (<see cref="QmpClient"/>). The time-stamp
/// counter the guest reads itself also counts the time the guest spends idle, waiting: under <c>-icount</c> that is
/// host time (or, with <c>sleep=off</c>, a jump to the next timer), which for a disk QEMU serves from a host thread is
/// most of the span. The executed count leaves the idle time out.
/// </summary>
public static class InstructionStamps
{
    private const int RipRegister = 16;

    /// <summary>Boots the image and stamps every call of <paramref name="function"/> in <paramref name="program"/>.</summary>
    /// <param name="image">The image.</param>
    /// <param name="outputDirectory">Its build folder (with PROGRAM.map).</param>
    /// <param name="program">The program's name in the image.</param>
    /// <param name="function">The function's symbol.</param>
    /// <param name="code">The function's first bytes, which a stop there must find (another program's code may lie at the same address).</param>
    /// <param name="calls">The calls to stamp; then the guest runs on without stops.</param>
    /// <param name="qemuArguments">QEMU's arguments beside the instruction counting ones.</param>
    /// <param name="drives">IDE disk images.</param>
    /// <param name="output">What the guest printed.</param>
    /// <returns>The executed instructions at each call, in order (fewer than <paramref name="calls"/> if the guest ended first).</returns>
    public static IReadOnlyList<long> Boot(SystemImage image, string outputDirectory, string program, string function, byte[] code, int calls, IReadOnlyList<string> qemuArguments, IReadOnlyList<string> drives, out string output)
    {
        ulong address = FunctionMap.Read(Path.Combine(outputDirectory, program + ".map")).AddressOf(function);
        int gdbPort = FreePort(), qmpPort = FreePort();
        Task<QemuRun> boot = Task.Run(() => QemuLauncher.Boot(image.MultibootFile, rawDisk: false, TimeSpan.FromMinutes(60), QemuAccel.Tcg,
            [.. qemuArguments, "-icount", "shift=0", "-gdb", $"tcp:127.0.0.1:{gdbPort}", "-S", "-qmp", $"tcp:127.0.0.1:{qmpPort},server=on,wait=off"], drives: drives));
        var stamps = new List<long>();
        using (GdbRemote gdb = GdbRemote.Connect(gdbPort, TimeSpan.FromSeconds(60)))
        using (QmpClient qmp = QmpClient.Connect(qmpPort, TimeSpan.FromSeconds(60)))
        {
            try
            {
                gdb.SetBreakpoint(address);
                while (true)
                {
                    gdb.Continue();
                    if (gdb.Register(RipRegister) == address && gdb.Memory(address, code.Length).AsSpan().SequenceEqual(code))
                    {
                        stamps.Add(qmp.ExecutedInstructions());
                        if (stamps.Count == calls)
                            break;
                    }

                    // Past the breakpoint before going on, as a debugger does: resumed on it, QEMU stops there again.
                    gdb.RemoveBreakpoint(address);
                    gdb.Step();
                    gdb.SetBreakpoint(address);
                }

                gdb.RemoveBreakpoint(address);
                gdb.Detach();
            }
            catch (IOException)
            {
                // QEMU ended before every call was stamped (the guest halted or failed): the caller sees too few stamps.
            }
            catch
            {
                gdb.Kill();
                throw;
            }
        }

        output = boot.Result.Output;
        return stamps;
    }

    /// <summary>A TCP port on 127.0.0.1 that nothing listens on now.</summary>
    /// <returns>The port.</returns>
    internal static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
