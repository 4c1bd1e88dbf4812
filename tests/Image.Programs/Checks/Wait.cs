using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Image.Programs.Checks;

/// <summary>Waiting with a time limit: the process's one alarm bounds every wait, so no check can hang.</summary>
internal static class Wait
{
    /// <summary>
    /// Waits up to <paramref name="ticks"/> clock ticks for a HARDWARE notification. A CLOCK notification from an
    /// earlier, cancelled alarm carries an older timestamp and is skipped.
    /// </summary>
    /// <returns>True with the notification's interrupt bits if an interrupt came in time.</returns>
    public static bool ForInterrupt(ulong ticks, out ulong bits)
    {
        bits = 0;
        Check.Call(KernelCall.SetAlarm, new SetAlarmRequest { Ticks = ticks }, out Message armed);
        ulong deadline = armed.Payload<SetAlarmReply>().Uptime + ticks;
        while (true)
        {
            var message = default(Message);
            if (Messaging.Receive(Endpoint.Any, ref message, out _) != Status.Ok)
                return false;
            if (message.Source == Endpoint.Hardware)
            {
                bits = message.Payload<NotifyPayload>().Interrupts;
                Sys.SetAlarm(0, false, out _);
                return true;
            }

            if (message.Source == Endpoint.Clock && message.Payload<NotifyPayload>().Timestamp >= deadline)
                return false;
        }
    }

    /// <summary>Sleeps <paramref name="ticks"/> clock ticks.</summary>
    public static void Ticks(ulong ticks) => ForInterrupt(ticks, out _);
}
