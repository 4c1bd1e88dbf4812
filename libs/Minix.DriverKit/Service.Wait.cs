using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Minix.DriverKit;

public abstract partial class Service
{
    private DeferredMessages? _deferred;

    /// <summary>
    /// Waits inside a handler until one of <paramref name="lines"/> interrupts or <paramref name="timeoutTicks"/>
    /// clock ticks pass, the way MINIX's disk drivers wait for their controller: straight-line code instead of a
    /// request suspended across the loop. Meanwhile RS's heartbeat pings are answered, interrupts of other lines go to
    /// <see cref="OnInterrupt"/>, and every other message (a second client's request, a notification) is kept and
    /// handled by the loop after the current request, in arrival order.
    /// </summary>
    /// <remarks>
    /// The wait uses the service's alarm (<see cref="Alarm"/>), so a service that waits keeps no alarm of its own
    /// across a wait. The first wait allocates the queue of kept messages (about 9 KiB); a driver makes it while
    /// initializing (when it probes its device), so nothing is allocated in the loop. A driver that waits several
    /// times for one operation (a disk command, an interrupt per sector) sets one timeout for all of them with
    /// <see cref="StartTimeout"/> instead, which saves two kernel calls a wait.
    /// </remarks>
    /// <param name="lines">The interrupt bits to wait for (<see cref="IrqLine.Mask"/>, or several or-ed).</param>
    /// <param name="timeoutTicks">The longest wait, in clock ticks (at least 1).</param>
    /// <param name="interrupts">The bits of <paramref name="lines"/> that fired (0 after a timeout).</param>
    /// <returns><see cref="Status.Ok"/> after an interrupt, <see cref="Status.TimedOut"/> if none came in time.</returns>
    [UsesKernelCall(KernelCall.SetAlarm)]
    protected Status WaitForInterrupt(ulong lines, ulong timeoutTicks, out ulong interrupts)
    {
        WaitDeadline deadline = StartTimeout(timeoutTicks);
        Status status = WaitForInterrupt(lines, deadline, out interrupts);
        if (status == Status.Ok)
            EndTimeout();
        return status;
    }

    /// <summary>
    /// Sets the service's alarm <paramref name="timeoutTicks"/> clock ticks from now, for any number of
    /// <see cref="WaitForInterrupt(ulong, WaitDeadline, out ulong)"/> calls that together must not take longer (the
    /// sectors of one disk command); <see cref="EndTimeout"/> cancels it when they are done.
    /// </summary>
    /// <param name="timeoutTicks">The longest time for all the waits, in clock ticks (at least 1).</param>
    /// <returns>The deadline to pass to each wait.</returns>
    [UsesKernelCall(KernelCall.SetAlarm)]
    protected static WaitDeadline StartTimeout(ulong timeoutTicks)
    {
        ulong ticks = timeoutTicks == 0 ? 1 : timeoutTicks;
        Sys.SetAlarm(ticks, out SetAlarmReply reply);
        return new WaitDeadline(reply.Uptime + ticks);
    }

    /// <summary>Cancels the alarm <see cref="StartTimeout"/> set (harmless after it expired).</summary>
    [UsesKernelCall(KernelCall.SetAlarm)]
    protected static void EndTimeout() => Alarm.Cancel();

    /// <summary>
    /// As <see cref="WaitForInterrupt(ulong, ulong, out ulong)"/>, under a timeout set before with
    /// <see cref="StartTimeout"/>: no kernel call of its own besides the receive.
    /// </summary>
    /// <param name="lines">The interrupt bits to wait for (<see cref="IrqLine.Mask"/>, or several or-ed).</param>
    /// <param name="deadline">What <see cref="StartTimeout"/> returned.</param>
    /// <param name="interrupts">The bits of <paramref name="lines"/> that fired (0 after a timeout).</param>
    /// <returns><see cref="Status.Ok"/> after an interrupt, <see cref="Status.TimedOut"/> once the deadline has passed.</returns>
    protected Status WaitForInterrupt(ulong lines, WaitDeadline deadline, out ulong interrupts)
    {
        _deferred ??= new DeferredMessages();
        interrupts = 0;
        var message = default(Message);
        while (true)
        {
            if (Messaging.Receive(Endpoint.Any, ref message, out IpcStatus how) != Status.Ok)
                continue;
            Endpoint from = message.Source;
            if (how.IsNotify && from == Endpoint.Hardware)
            {
                ulong bits = message.Payload<NotifyPayload>().Interrupts;
                DriverTrace.Notification("HARDWARE"u8, bits);
                if ((bits & ~lines) != 0)
                    OnInterrupt(bits & ~lines);
                if ((bits & lines) == 0)
                    continue;
                interrupts = bits & lines;
                return Status.Ok;
            }

            if (how.IsNotify && from == Endpoint.Clock)
            {
                // A cancelled alarm's notification may still arrive: only one at or after this wait's deadline counts.
                if (message.Payload<NotifyPayload>().Timestamp < deadline.Uptime)
                    continue;
                DriverTrace.Notification("CLOCK"u8, 0);
                return Status.TimedOut;
            }

            if (how.IsNotify && from == Endpoint.ReincarnationServer)
                Messaging.Notify(from); // a heartbeat ping: the service is alive, only busy
            else if (!_deferred.Add(message, how) && !how.IsNotify)
                ReplyStatus(from, how.Call, Status.TryAgain);
        }
    }

    /// <summary>The oldest message kept during a wait, for the loop.</summary>
    private bool TakeDeferred(ref Message message, out IpcStatus how)
    {
        how = default;
        return _deferred is not null && _deferred.TryTake(ref message, out how);
    }
}
