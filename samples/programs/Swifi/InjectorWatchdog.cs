using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Minix.Samples.Swifi;

/// <summary>
/// The injector's watchdog, a process of its own: the injector notifies it at each fault's start and end; if no
/// notification comes for <see cref="Patience"/> seconds the injector is stuck in a request the faulty driver took and
/// never answered (while still answering RS's heartbeats), so the watchdog says so and stops the machine, and the host
/// goes on with the next fault. A whole-system hang stops the watchdog too: only the host's watchdog sees that.
/// </summary>
public static class InjectorWatchdog
{
    /// <summary>Seconds without a notification from the injector before the watchdog gives up on it.</summary>
    public const int Patience = 4;

    /// <summary>The line the watchdog prints before it stops the machine (the host looks for it).</summary>
    public static ReadOnlySpan<byte> StuckLine => "the injector made no progress; stopping the machine\n"u8;

    /// <summary>Watches until the injector stops making progress, then stops the machine; never returns otherwise.</summary>
    public static void Run()
    {
        int hz = Alarm.Hz();
        ulong tick = (ulong)(hz > 0 ? hz : 100);
        int quiet = 0;
        Alarm.Set(tick);
        var message = default(Message);
        while (true)
        {
            if (Messaging.Receive(Endpoint.Any, ref message, out IpcStatus how) != Status.Ok || !how.IsNotify)
                continue;
            if (message.Source != Endpoint.Clock)
            {
                quiet = 0;
                continue;
            }

            if (++quiet >= Patience)
            {
                Log.Write(StuckLine);
                Sys.Abort(3);
            }

            Alarm.Set(tick);
        }
    }
}
