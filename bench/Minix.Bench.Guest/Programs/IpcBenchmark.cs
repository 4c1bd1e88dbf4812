using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Minix.Bench.Guest;

/// <summary>
/// The cost of IPC against the cost of entering the kernel at all: SENDREC round trips to an echo server (the
/// client's trap and the server's REPLYRECEIVE, its reply and its next receive in one trap), NOTIFYs to the same server
/// (delivered to it waiting; it runs at once, a higher priority, and receives again) and SYS_NOP kernel calls, in
/// time-stamp counter ticks per operation (guest instructions under QEMU's <c>-icount shift=0</c>), the fastest of ten
/// slices. Then one of each
/// between trace markers, for the host's single-step trace (<c>Minix.Bench.Guest trace</c>).
/// </summary>
internal static class IpcBenchmark
{
    public const int EchoSlot = 5;
    private const int Rounds = 20000;

    // Whatever else runs (the clock, a server) falls in some slices: the fastest slice is the operation alone.
    private const int Slices = 10;

    /// <summary>The placement benchmark's boot slot (a user program, Image.csproj), which runs first.</summary>
    public const int PlacementSlot = 12;

    // Neither benchmark measures while the other runs: the placement program (a user program, which may not publish in
    // DS) is looked at every tick until its process is gone.
    private static void WaitForPlacementToEnd()
    {
        var placement = new Endpoint(PlacementSlot);
        var tick = default(Message);
        while (Sys.GetProcessInfo(placement, out ProcessInfo info) == Status.Ok && info.Endpoint == placement)
        {
            Alarm.Set(1);
            Messaging.Receive(Endpoint.Clock, ref tick, out _);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "ipcbench_main")]
    private static void Main()
    {
        WaitForPlacementToEnd();
        var message = new Message(1);
        for (int i = 0; i < 1000; i++)
            Messaging.SendRec(new Endpoint(EchoSlot), ref message);

        ulong roundTrip = ulong.MaxValue, notify = ulong.MaxValue, nop = ulong.MaxValue;
        for (int slice = 0; slice < Slices; slice++)
        {
            ulong start = Clock.Cycles();
            for (int i = 0; i < Rounds / Slices; i++)
                Messaging.SendRec(new Endpoint(EchoSlot), ref message);
            roundTrip = Math.Min(roundTrip, (Clock.Cycles() - start) / (Rounds / Slices));

            start = Clock.Cycles();
            for (int i = 0; i < Rounds / Slices; i++)
                Messaging.Notify(new Endpoint(EchoSlot));
            notify = Math.Min(notify, (Clock.Cycles() - start) / (Rounds / Slices));

            start = Clock.Cycles();
            for (int i = 0; i < Rounds / Slices; i++)
                Sys.Nop();
            nop = Math.Min(nop, (Clock.Cycles() - start) / (Rounds / Slices));
        }

        // One of each between markers: the trace harness sets a breakpoint on TraceBegin and single-steps to TraceEnd.
        // A round trip first lets the echo server take the last loop's pending notification outside the trace.
        Messaging.SendRec(new Endpoint(EchoSlot), ref message);
        TraceBegin(1);
        Messaging.SendRec(new Endpoint(EchoSlot), ref message);
        TraceEnd(1);
        TraceBegin(2);
        Messaging.Notify(new Endpoint(EchoSlot));
        TraceEnd(2);
        TraceBegin(3);
        Sys.Nop();
        TraceEnd(3);

        Report.Line("ipc-round-trip-cycles"u8, roundTrip);
        Report.Line("notify-cycles"u8, notify);
        Report.Line("null-kernel-call-cycles"u8, nop);

        // A service's exit would be a death to RS (which restarts services), so the benchmark ends the machine.
        Sys.Abort(0);
    }

    /// <summary>Marks the start of traced operation <paramref name="operation"/> (a breakpoint target; never inlined).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void TraceBegin(int operation) => Marker = operation;

    /// <summary>Marks the end of traced operation <paramref name="operation"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void TraceEnd(int operation) => Marker = -operation;

    // Written by the markers so that their bodies cannot be folded into one function by the compiler.
    private static int Marker;

    [UnmanagedCallersOnly(EntryPoint = "echo_main")]
    private static void Echo()
    {
        var message = default(Message);
        Status received = Messaging.Receive(Endpoint.Any, ref message, out IpcStatus status);
        while (true)
        {
            // A notification is taken and not answered: the benchmark's NOTIFY expects no reply. A reply the client
            // was not waiting for (NotReady) received nothing, so the loop receives afresh.
            received = received == Status.Ok && !status.IsNotify
                ? Messaging.ReplyReceive(message.Source, ref message, out status)
                : Messaging.Receive(Endpoint.Any, ref message, out status);
        }
    }
}
