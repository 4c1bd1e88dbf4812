namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>
    /// Whether blocking <paramref name="caller"/> on <paramref name="partner"/> would close a cycle of blocked
    /// processes. Follows who each process is blocked on, starting at the partner; a chain that ends at a process
    /// that is not blocked, or receives from ANY, cannot deadlock. A cycle of two where one side sends and the other
    /// receives is the ordinary SENDREC pairing, not a deadlock.
    /// </summary>
    private bool WouldDeadlock(Process caller, Process partner, bool sending)
    {
        int length = 2;
        Process current = partner;
        while (true)
        {
            Endpoint next = (current.Flags & ProcessFlags.Sending) != 0 ? current.SendTo
                : (current.Flags & ProcessFlags.Receiving) != 0 ? current.ReceiveFrom : Endpoint.None;
            if (next == Endpoint.None || next == Endpoint.Any)
                return false;
            if (next == caller.Endpoint)
                return length > 2 || ((partner.Flags & ProcessFlags.Sending) != 0) == sending;
            if (Find(next, out current) != Status.Ok || ++length > _table.Length)
                return false;
        }
    }
}
