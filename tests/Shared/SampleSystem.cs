using Minix.DriverKit;
using Minix.DriverKit.Testing;
using Minix.Ipc;
using Minix.Servers;

namespace Minix.Tests.Shared;

/// <summary>The sample image's processes and system.conf, for tests that boot a whole system on the simulator.</summary>
internal static class SampleSystem
{
    /// <summary>Boot slots, as samples/DriverImage/README.md lists them.</summary>
    public const int RsSlot = 2;
    public const int LogSlot = 4;
    public const int DsSlot = 6;
    public const int PrinterSlot = 8;
    public const int SerialSlot = 9;
    public const int RamDiskSlot = 10;
    public const int RtcSlot = 11;
    public const int UserSlot = 12;
    public const int DevCheckSlot = 13;
    public const int AtaSlot = 16;

    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Minix.slnx")))
                return dir.FullName;
        }

        throw new InvalidOperationException("cannot find the repository root (Minix.slnx) above " + AppContext.BaseDirectory);
    });

    /// <summary>
    /// The scheduling seed for every system these tests boot: 0 (the kernel's own order) unless the environment
    /// variable MINIX_TEST_SEED sets another, to run the same tests under other interleavings.
    /// </summary>
    public static int Seed { get; } = int.TryParse(Environment.GetEnvironmentVariable("MINIX_TEST_SEED"), out int seed) ? seed : 0;

    /// <summary>The repository root.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>samples/DriverImage/system.conf.</summary>
    public static string ImageConf => File.ReadAllText(Path.Combine(RepoRoot, "samples", "DriverImage", "system.conf"));

    /// <summary>samples/DriverImage/system.conf with <c>control USER</c> added to <paramref name="service"/> (if it has no control list yet): user programs may restart it and inject faults into it.</summary>
    public static string ImageConfControlledByUsers(string service)
    {
        string conf = ImageConf;
        string head = "service " + service + "\n{\n";
        int at = conf.IndexOf(head, StringComparison.Ordinal);
        if (at < 0)
            throw new InvalidOperationException("samples/DriverImage/system.conf has no service " + service);
        int end = conf.IndexOf("};", at, StringComparison.Ordinal);
        return conf.IndexOf("control", at, end - at, StringComparison.Ordinal) >= 0 ? conf : conf.Insert(at + head.Length, "    control USER;\n");
    }

    public static SimulatedBootProcess Rs() => new(RsSlot, new SimulatedProgram("rs", () => new ReincarnationServer().Run()));

    public static SimulatedBootProcess Ds() => new(DsSlot, new SimulatedProgram("ds", () => new DataStoreServer().Run()));

    public static SimulatedBootProcess Log() => new(LogSlot, new SimulatedProgram("log", () => new LogServer().Run()));

    /// <summary>rs, ds and log: the servers every sample system has.</summary>
    public static SimulatedBootProcess[] Servers() => [Rs(), Ds(), Log()];

    /// <summary>
    /// A system process at <paramref name="slot"/> named <paramref name="name"/> running <paramref name="main"/>, then
    /// waiting forever: a system service that returns has exited, and RS would restart it.
    /// </summary>
    public static SimulatedBootProcess Service(int slot, string name, Action main) => new(slot, new SimulatedProgram(name, () =>
    {
        main();
        var m = default(Message);
        while (true)
            Messaging.Receive(Endpoint.Any, ref m, out _);
    }));

    /// <summary>A user program.</summary>
    public static SimulatedBootProcess User(int slot, string name, Action main) => new(slot, new SimulatedProgram(name, main), IsSystem: false);

    /// <summary>Boots <paramref name="processes"/> with <paramref name="conf"/>, echoing the console to the test output if given.</summary>
    public static SimulatedSystem Boot(string conf, Action<string>? echo, params SimulatedBootProcess[] processes)
    {
        var sim = new SimulatedSystem(new SimulationOptions { Echo = echo, Trace = false, Seed = Seed });
        sim.Boot(conf, processes);
        return sim;
    }

    /// <summary>Whether the transcript has a line containing all of <paramref name="parts"/>.</summary>
    public static bool Logged(this SimulatedSystem sim, params string[] parts) =>
        sim.Transcript.Any(line => parts.All(line.Contains));

    /// <summary>Runs until <paramref name="done"/> holds, failing the test if it never does within <paramref name="seconds"/> simulated seconds.</summary>
    public static void RunUntil(this SimulatedSystem sim, Func<bool> done, int seconds = 60)
    {
        sim.Run(until: done, maxTicks: sim.Kernel.Uptime + (ulong)(seconds * sim.Options.Hz));
        Assert.True(done(), "the simulated system stopped before the condition held; transcript:\n" + string.Join("\n", sim.Transcript));
    }

    /// <summary>In a client: a registered grant table and minor 0 of the character device at <paramref name="slot"/>, opened.</summary>
    public static DeviceClient OpenDevice(int slot, DeviceAccess access, out GrantTable grants)
    {
        grants = new GrantTable(1);
        grants.Register();
        var device = DeviceClient.Character(new Endpoint(slot));
        long opened = device.Open(0, access);
        // Thrown in the client's process, the failure shows in the transcript the test prints.
        if (opened != 0)
            throw new InvalidOperationException($"opening minor 0 of the device at slot {slot} failed: {(Status)opened}");
        return device;
    }

    /// <summary>The endpoint of the running process named <paramref name="name"/>.</summary>
    public static Endpoint Of(this SimulatedSystem sim, string name) => sim.EndpointOf(name);
}
