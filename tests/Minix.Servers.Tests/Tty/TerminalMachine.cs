using System.Text;
using Minix.DriverKit.Testing;
using Minix.DriverKit.Testing.Devices;
using Minix.Posix.Abi;
using Minix.Servers.Tests.Vfs;
using Minix.Servers.Tty;
using Minix.Tests.Shared;
using P = Minix.Posix.Posix;

namespace Minix.Servers.Tests.Tty;

/// <summary>
/// A simulated system with terminals: PM, VFS and the root file system, the terminal server at slot 5 over a simulated
/// 16550 on COM1, a PS/2 keyboard and a VGA text display, and a test program at slot 12 that starts sessions the way
/// init starts /etc/ttys lines (fork, setsid, the terminal opened as descriptors 0, 1 and 2).
/// </summary>
internal sealed class TerminalMachine : IDisposable
{
    public const int TtySlot = 5;
    public const int UserSlot = 12;

    public const string Conf = Processes.ProcessManagerTests.Conf + "\n" + """
        service tty { io 3f8:8 60:1 64:1 3d4:2; irq 4 1; mem b8000:8000; system DEVIO VDEVIO IRQCTL KILL MAPPHYS; ipc rs ds vfs; priority 3; };
        """;

    private TerminalMachine(SimulatedSystem sim)
    {
        Sim = sim;
        Serial = sim.AddDevice(new Uart16550());
        Keyboard = sim.AddDevice(new Ps2Keyboard());
        Display = sim.AddDevice(new VgaTextDisplay());
    }

    public SimulatedSystem Sim { get; }

    public Uart16550 Serial { get; }

    public Ps2Keyboard Keyboard { get; }

    public VgaTextDisplay Display { get; }

    /// <summary>What the programs logged, in order (one simulated process runs at a time, so no lock is needed).</summary>
    public List<string> Log { get; } = new();

    /// <summary>Everything the terminal server sent on the serial line.</summary>
    public string SerialOutput => Serial.TransmittedText;

    /// <summary>Boots the machine; <paramref name="program"/> runs as a user process (not yet a session leader).</summary>
    public static TerminalMachine Boot(Action<string>? echo, Action<TerminalMachine> program, string bootParameters = "console=com1")
    {
        byte[] root = FileSystemMachine.RootImage(2 << 20);
        TerminalMachine? machine = null;
        SimulatedBootProcess[] processes =
        [
            .. Processes.ProcessManagerTests.Servers(root),
            new(TtySlot, new SimulatedProgram("tty", () => new TerminalServer().Run())),
            SampleSystem.User(7, "init", () =>
            {
                while (true)
                {
                    if (P.Wait(out _) < 0)
                        P.Sleep(100);
                }
            }),
            SampleSystem.User(UserSlot, "test", () => program(machine!)),
        ];
        var sim = new SimulatedSystem(new SimulationOptions { Echo = echo, Trace = false, Seed = SampleSystem.Seed, BootParameters = bootParameters });
        machine = new TerminalMachine(sim);
        sim.Boot(Conf, processes);
        return machine;
    }

    /// <summary>
    /// In a program: forks a session on <paramref name="device"/> (setsid, the device as descriptors 0-2, as init
    /// does) running <paramref name="session"/>; returns its pid.
    /// </summary>
    public static long StartSession(string device, Action session) => SimulatedFork.Fork(() =>
    {
        P.SetSession();
        P.Close(0);
        P.Close(1);
        P.Close(2);
        long fd = P.Open(Encoding.ASCII.GetBytes("/dev/" + device), OpenFlags.ReadWrite);
        P.Duplicate(0);
        P.Duplicate(0);
        if (fd != 0)
            P.Exit(100);
        session();
        P.Exit(0);
    });

    /// <summary>In a program: reads one read's worth from descriptor 0 and logs it as <c>read "..."</c> (or the error).</summary>
    public void ReadAndLog(int count = 256)
    {
        var buffer = new byte[count];
        long n = P.Read(0, buffer);
        Log.Add(n < 0 ? "read error " + (Ipc.Status)n : "read \"" + Escape(buffer.AsSpan(0, (int)n)) + "\"");
    }

    /// <summary>Runs until <paramref name="done"/> holds (failing the test if it never does).</summary>
    public void RunUntil(Func<bool> done, int seconds = 60) => Sim.RunUntil(done, seconds);

    /// <summary>Runs until nothing more happens for now (every process waits) or <paramref name="ticks"/> pass.</summary>
    public void Settle(ulong ticks = 300) => Sim.RunFor(ticks);

    /// <summary>Bytes arrive on the serial line; the system runs until it is quiet again.</summary>
    public void Type(string text, ulong ticks = 300) => Type(Encoding.Latin1.GetBytes(text), ticks);

    /// <summary>Bytes arrive on the serial line; the system runs until it is quiet again.</summary>
    public void Type(byte[] bytes, ulong ticks = 300)
    {
        Serial.Receive(bytes);
        Settle(ticks);
    }

    /// <summary>The serial output from <paramref name="from"/> on, control characters shown as \xNN.</summary>
    public string OutputSince(int from) => Escape(Serial.Transmitted.Skip(from).ToArray());

    /// <summary>Bytes as text, control and non-ASCII bytes as \xNN (so \r and \n are visible).</summary>
    public static string Escape(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder();
        foreach (byte b in bytes)
            text.Append(b is >= 0x20 and < 0x7F && b != '\\' ? ((char)b).ToString() : $"\\x{b:x2}");
        return text.ToString();
    }

    public void Dispose() => Sim.Dispose();
}
