namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>
    /// One clock tick: advances the uptime, charges the running process (and moves it down a queue when its
    /// quantum is used up), and sends a CLOCK notification to each process whose alarm expired.
    /// </summary>
    public void Tick()
    {
        Uptime++;
        ChargeTick();
        foreach (PrivilegeSlot slot in _privileges)
        {
            if (slot.AlarmAt != 0 && slot.AlarmAt <= Uptime && slot.Owner is Process owner)
            {
                slot.AlarmAt = 0;
                Notify(ClockTask, owner);
            }
        }
    }

    /// <summary>The uptime at which the next alarm expires, or 0 if none is set (the host simulator skips idle time to it).</summary>
    /// <returns>The earliest expiry.</returns>
    public ulong NextAlarm()
    {
        ulong next = 0;
        foreach (PrivilegeSlot slot in _privileges)
        {
            if (slot.AlarmAt != 0 && (next == 0 || slot.AlarmAt < next))
                next = slot.AlarmAt;
        }

        return next;
    }
}
