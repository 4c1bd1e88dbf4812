using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Minix.Bench.Guest;

/// <summary>
/// The cost of IPC against the cost of entering the kernel at all: SENDREC round trips to an echo server (two
/// traps, two message copies and two context switches each) and SYS_NOP kernel calls, in time-stamp counter
/// cycles per operation.
/// </summary>
internal static class IpcBenchmark
{
    public const int EchoSlot = 5;
    private const int Rounds = 20000;

    [UnmanagedCallersOnly(EntryPoint = "ipcbench_main")]
    private static void Main()
    {
        var message = new Message(1);
        for (int i = 0; i < 1000; i++)
            Messaging.SendRec(new Endpoint(EchoSlot), ref message);

        ulong start = Clock.Cycles();
        for (int i = 0; i < Rounds; i++)
            Messaging.SendRec(new Endpoint(EchoSlot), ref message);
        ulong roundTrip = (Clock.Cycles() - start) / Rounds;

        start = Clock.Cycles();
        for (int i = 0; i < Rounds; i++)
            Sys.Nop();
        ulong nop = (Clock.Cycles() - start) / Rounds;

        Report.Line("ipc-round-trip-cycles"u8, roundTrip);
        Report.Line("null-kernel-call-cycles"u8, nop);
    }

    [UnmanagedCallersOnly(EntryPoint = "echo_main")]
    private static void Echo()
    {
        var message = default(Message);
        while (true)
        {
            if (Messaging.Receive(Endpoint.Any, ref message, out _) == Status.Ok)
                Messaging.Send(message.Source, ref message);
        }
    }
}
