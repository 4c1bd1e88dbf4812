using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Calls;

namespace Image.Programs.Fuzz;

/// <summary>
/// The witness: it waits while the fuzzer runs, then shows the machine still answers — a thousand SENDREC round
/// trips with the peer, kernel calls, an alarm on time — and ends the boot.
/// </summary>
public static class FuzzWitness
{
    /// <summary>Round trips made after the fuzzer has finished.</summary>
    public const int RoundTrips = 1000;

    /// <summary>Entry point.</summary>
    [UnmanagedCallersOnly(EntryPoint = "witness_main")]
    public static void Main()
    {
        var peer = new Endpoint(FuzzImage.PeerSlot);
        WaitForTheFuzzer(peer);

        long checksum = 0;
        Status failure = Status.Ok;
        for (int i = 0; i < RoundTrips && failure == Status.Ok; i++)
        {
            var message = new Message(FuzzImage.EchoType);
            message.Payload<NotifyPayload>().Timestamp = (ulong)i;
            failure = Messaging.SendRec(peer, ref message);
            checksum += (long)message.Payload<NotifyPayload>().Timestamp;
        }

        Status who = Sys.WhoAmI(out GetInfoReply me);
        Status times = Sys.Times(new Endpoint(FuzzImage.FuzzerSlot), out TimesReply fuzzer);
        Check(KernelCall.SetAlarm, 3, out Message armed);
        var alarm = default(Message);
        Messaging.Receive(Endpoint.Clock, ref alarm, out _);
        ulong waited = alarm.Payload<NotifyPayload>().Timestamp - armed.Payload<SetAlarmReply>().Uptime;
        new Utf8Line(stackalloc byte[200]).Text("after the fuzzer: "u8).Decimal(RoundTrips).Text(" round trips "u8).Ascii(StatusInfo.Name(failure))
            .Text(", checksum "u8).Decimal(checksum).Text(", whoami "u8).Text(ProcessName.Bytes(me.Name)).Text(" "u8).Ascii(StatusInfo.Name(who))
            .Text(", fuzzer's times "u8).Ascii(StatusInfo.Name(times)).Text(" ("u8).Decimal((long)fuzzer.UserTicks).Text(" ticks)"u8)
            .Text(", alarm after "u8).Decimal((long)waited).Text(" ticks"u8).Line();
        Sys.Abort(0);
    }

    /// <summary>
    /// Waits for the peer's notification that the fuzzer is done, looking once a second whether the fuzzer still
    /// lives: if it died (it must not), the boot ends with status 2 instead of hanging.
    /// </summary>
    private static void WaitForTheFuzzer(Endpoint peer)
    {
        while (true)
        {
            Sys.SetAlarm(100, false, out _);
            var note = default(Message);
            if (Messaging.Receive(Endpoint.Any, ref note, out IpcStatus how) != Status.Ok)
                continue;
            if (note.Source == peer && how.IsNotify)
            {
                Sys.SetAlarm(0, false, out _);
                return;
            }

            if (note.Source == Endpoint.Clock && Sys.Times(new Endpoint(FuzzImage.FuzzerSlot), out _) != Status.Ok)
                FuzzerDied();
        }
    }

    private static void FuzzerDied()
    {
        new Utf8Line(stackalloc byte[80]).Text("the fuzzer died"u8).Line();
        Sys.Abort(2);
    }

    private static void Check(KernelCall call, ulong ticks, out Message reply)
    {
        reply = Message.Create(MessageType.KernelCallBase + (int)call, new SetAlarmRequest { Ticks = ticks });
        Messaging.KernelCall(ref reply);
    }
}
