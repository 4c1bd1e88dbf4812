using Minix.DriverKit.Testing;
using Minix.Tests.Shared;

namespace Minix.DriverKit.Tests;

/// <summary>The configuration and boot helpers the DriverKit tests share.</summary>
internal static class Systems
{
    public const int EchoSlot = 8;
    public const int ClientSlot = 12;
    public const int SecondClientSlot = 13;

    public const string Conf = """
        service rs { system PRIVCTL SPAWN KILL ABORT; ipc ALL_SYS; priority 2; };
        service ds { ipc ALL_SYS; priority 3; };
        service echo { io 2f0:2; irq 5; system DEVIO VDEVIO IRQCTL; ipc rs ds; period 20; control USER; };
        service helper { io 2f0:2; system DEVIO VDEVIO; ipc echo rs ds; };
        """;

    /// <summary>The echo driver alone (no RS: it starts fresh by itself) with the given clients.</summary>
    public static SimulatedSystem Standalone(EchoDriver.Probe probe, params SimulatedBootProcess[] clients) =>
        SampleSystem.Boot(Conf, null, [SampleSystem.Service(EchoSlot, "echo", () => new EchoDriver(probe).Run()), .. clients]);

    /// <summary>The echo driver under RS and DS.</summary>
    public static SimulatedSystem Supervised(EchoDriver.Probe probe, bool acceptsMisbehaviour, params SimulatedBootProcess[] clients) =>
        SampleSystem.Boot(Conf, null, [SampleSystem.Rs(), SampleSystem.Ds(), SampleSystem.Service(EchoSlot, "echo", () => new EchoDriver(probe, acceptsMisbehaviour).Run()), .. clients]);
}
