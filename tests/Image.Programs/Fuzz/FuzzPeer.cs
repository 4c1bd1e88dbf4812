using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Image.Programs.Fuzz;

/// <summary>
/// The fuzzer's peer: it runs at a higher priority than the fuzzer and only ever blocks in RECEIVE, so every SEND
/// and SENDREC the fuzzer aims at it completes. For each message from the fuzzer it first notifies the fuzzer (the
/// wake-up a following RECEIVE finds pending), then answers with SENDNB (which reaches a SENDREC and is refused,
/// harmlessly, after a plain SEND). The fuzzer's finished message is passed on to the witness as a notification;
/// the witness's round trips are echoed.
/// </summary>
public static class FuzzPeer
{
    /// <summary>Entry point.</summary>
    [UnmanagedCallersOnly(EntryPoint = "fuzzpeer_main")]
    public static void Main()
    {
        var fuzzer = new Endpoint(FuzzImage.FuzzerSlot);
        var witness = new Endpoint(FuzzImage.WitnessSlot);
        while (true)
        {
            var message = default(Message);
            if (Messaging.Receive(Endpoint.Any, ref message, out IpcStatus how) != Status.Ok)
                continue;
            if (message.Source == witness && !how.IsNotify)
            {
                message.Payload<NotifyPayload>().Timestamp = message.Payload<NotifyPayload>().Timestamp * 2 + 1;
                Messaging.Send(witness, ref message);
            }
            else if (message.Source == fuzzer)
            {
                bool finished = !how.IsNotify && message.Type == FuzzImage.FinishedType
                    && message.Payload<NotifyPayload>().Timestamp == FuzzImage.FinishedMagic;
                Messaging.Notify(finished ? witness : fuzzer);
                Messaging.SendNb(fuzzer, ref message);
            }
        }
    }
}
